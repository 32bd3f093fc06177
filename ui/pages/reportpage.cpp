// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpage.h"

#include "accuracylogpanel.h"
#include "commands/recordcommands.h"
#include "commands/reportcommands.h"
#include "common/clock.h"
#include "exportrunner.h"
#include "prompter.h"
#include "report/feedbackreport.h"
#include "report/htmlwriter.h"
#include "report/reportfonts.h"
#include "reportversions.h"
#include "rules/checkfamilies.h"
#include "rules/deadlines.h"
#include "session/engagementsession.h"
#include "spelling/spellchecker.h"
#include "storage/checkinput.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/installation.h"
#include "storage/reportrepository.h"
#include "storage/scoperepository.h"
#include "widgets/markdownedit.h"
#include "widgets/problemlist.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

constexpr int keyRole = Qt::UserRole;
constexpr int hintRole = Qt::UserRole + 1;

/// What follows a section's narrative in the report, generated from the file.
QString generatedAfter(ReportSectionDef::Kind kind)
{
    switch (kind) {
    case ReportSectionDef::Kind::ExecutiveSummary:
        return QObject::tr("Followed by the key recommendations, in the order set on the Findings page.");
    case ReportSectionDef::Kind::Recommendations:
        return QObject::tr("Followed by every recommendation, numbered, with its theme (Findings page).");
    case ReportSectionDef::Kind::Approach:
        return QObject::tr(
            "Followed by the peer team (Team page), the scope (Scope page) and the figures of the "
            "process counted from the timetable and the documents.");
    case ReportSectionDef::Kind::Feedback:
        return QObject::tr("Followed by one part per theme: choose a theme below to write its narrative.");
    case ReportSectionDef::Kind::NextSteps:
        return QObject::tr(
            "Followed by the dates counted from the onsite visit and the peer challenge manager's "
            "contact details.");
    case ReportSectionDef::Kind::Narrative:
        break;
    }
    return QObject::tr("This section is the team's own words.");
}

QString suggestedName(const QString& host, report::Product product, report::Format format)
{
    const QString what = product == report::Product::Report   ? QObject::tr("feedback report")
                         : product == report::Product::Slides ? QObject::tr("feedback presentation")
                                                              : QObject::tr("team briefing pack");
    QString name = QStringLiteral("%1 %2.%3").arg(host, what, report::formatKey(format));
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return name;
}

} // namespace

ReportPage::ReportPage(Prompter& prompter, QWidget* parent)
    : Page(parent)
    , m_prompter(prompter)
    , m_outline(new QTreeWidget(this))
    , m_sectionTitle(new QLabel(this))
    , m_sectionHint(new QLabel(this))
    , m_text(new MarkdownEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_log(new AccuracyLogPanel(prompter, this))
    , m_names(new ProblemList(this))
    , m_tabs(new QTabWidget(this))
    , m_version(new QLabel(this))
    , m_issueDraft(new QPushButton(tr("Send &Draft…"), this))
    , m_issueFinal(new QPushButton(tr("Send &Final…"), this))
    , m_export(new QToolButton(this))
    , m_previewTimer(new QTimer(this))
{
    m_outline->setObjectName(QStringLiteral("reportOutline"));
    m_outline->setHeaderHidden(true);
    m_outline->setAccessibleName(tr("Report sections"));
    m_outline->setMinimumWidth(220);
    connect(m_outline, &QTreeWidget::currentItemChanged, this, &ReportPage::showSection);

    m_sectionTitle->setObjectName(QStringLiteral("reportSectionTitle"));
    QFont titleFont = m_sectionTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_sectionTitle->setFont(titleFont);
    m_sectionHint->setObjectName(QStringLiteral("reportSectionHint"));
    m_sectionHint->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("reportNarrativeEdit"));
    m_text->setAccessibleName(tr("Section narrative"));
    connect(m_text, &MarkdownEdit::committed, this, &ReportPage::commitText);
    m_text->setSpellChecker(&SpellChecker::britishEnglish());
    QToolBar* formatting = m_text->createToolBar(this);

    auto* write = new QWidget(this);
    auto* writeLayout = new QVBoxLayout(write);
    writeLayout->addWidget(m_sectionTitle);
    writeLayout->addWidget(m_sectionHint);
    writeLayout->addWidget(formatting);
    writeLayout->addWidget(m_text, 1);

    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);
    // A preview of paper: dark text on white whatever the desktop's colours.
    QPalette paper = m_preview->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
    m_preview->setPalette(paper);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportPage::refreshPreview);

    m_names->setObjectName(QStringLiteral("reportNames"));
    connect(m_log, &AccuracyLogPanel::statusMessage, this, &Page::statusMessage);

    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(write, tr("&Write"));
    m_tabs->addTab(m_preview, tr("&Preview"));
    m_tabs->addTab(m_log, tr("Factual &accuracy"));
    m_tabs->addTab(m_names, tr("&Names"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_preview) {
            m_previewAtSection = true;
            refreshPreview();
        }
    });

    m_version->setObjectName(QStringLiteral("reportVersion"));
    m_issueDraft->setObjectName(QStringLiteral("issueDraftButton"));
    m_issueFinal->setObjectName(QStringLiteral("issueFinalButton"));
    m_issueDraft->setToolTip(tr("Record that this draft goes to the council for the factual-accuracy check"));
    m_issueFinal->setToolTip(tr("Record that the final report goes to the council; exports then say Final"));
    connect(m_issueDraft, &QPushButton::clicked, this, [this] { issueVersion(false); });
    connect(m_issueFinal, &QPushButton::clicked, this, [this] { issueVersion(true); });

    m_export->setObjectName(QStringLiteral("reportExportButton"));
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_export);
    for (const report::Format format : report::formatsOf(report::Product::Report)) {
        QAction* action = menu->addAction(tr("Report as %1…").arg(report::formatLabel(format)));
        action->setObjectName(QStringLiteral("exportReport_") + report::formatKey(format));
        connect(action, &QAction::triggered, this,
                [this, format] { exportProduct(report::Product::Report, format); });
    }
    // Public-sector accessibility rules: say which formats to publish.
    QAction* accessible =
        menu->addAction(tr("HTML and Word are the accessible formats to publish on a website"));
    accessible->setEnabled(false);
    menu->addSeparator();
    QAction* slides = menu->addAction(tr("Feedback &Presentation (PDF slides)…"));
    slides->setObjectName(QStringLiteral("exportSlides_pdf"));
    connect(slides, &QAction::triggered, this,
            [this] { exportProduct(report::Product::Slides, report::Format::Pdf); });
    menu->addSeparator();
    for (const report::Format format : {report::Format::Pdf, report::Format::Docx}) {
        QAction* action = menu->addAction(tr("Team &Briefing Pack as %1…").arg(report::formatLabel(format)));
        action->setObjectName(QStringLiteral("exportBriefing_") + report::formatKey(format));
        connect(action, &QAction::triggered, this,
                [this, format] { exportProduct(report::Product::Briefing, format); });
    }
    m_export->setMenu(menu);

    auto* top = new QHBoxLayout;
    top->addWidget(m_version, 1);
    top->addWidget(m_issueDraft);
    top->addWidget(m_issueFinal);
    top->addWidget(m_export);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_outline);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 800});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setSession(nullptr);
}

void ReportPage::setSession(EngagementSession* session)
{
    if (m_session) {
        m_text->commit(); // typing not yet committed belongs to the file it was typed in
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_log->setSession(session);
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString& table) {
            if (table == QLatin1String("theme") || table == QLatin1String("engagement"))
                buildOutline();
            refresh();
        });
    buildOutline();
    refresh();
}

void ReportPage::buildOutline()
{
    const QString selected = currentKey();
    const QSignalBlocker blocker(m_outline);
    m_outline->clear();
    QList<std::pair<QString, QString>> sections{{QString(), tr("Whole report")}};
    if (m_session) {
        RecordStore& records = m_session->file().records();
        const Engagement engagement = EngagementRepository(records).engagement();
        const ReportTemplate& layout = ReportTemplate::forProgramme(engagement.programme);
        int number = 0;
        for (const ReportSectionDef& section : layout.sections) {
            const QString title = QStringLiteral("%1 %2").arg(++number).arg(section.title);
            auto* item = new QTreeWidgetItem(m_outline, {title});
            item->setToolTip(0, title);
            item->setData(0, keyRole, section.key);
            item->setData(0, hintRole, generatedAfter(section.kind));
            sections.append({section.key, title});
            if (section.kind == ReportSectionDef::Kind::Approach) {
                auto* process = new QTreeWidgetItem(item, {tr("The peer challenge process")});
                process->setData(0, keyRole, QStringLiteral("approach-process"));
                process->setData(0, hintRole,
                                 tr("Added after the figures of the process: what else the team did."));
                sections.append({QStringLiteral("approach-process"), tr("The peer challenge process")});
            }
            if (section.kind == ReportSectionDef::Kind::Feedback) {
                for (const Theme& theme : ScopeRepository(records).themes()) {
                    auto* child = new QTreeWidgetItem(item, {theme.title});
                    child->setToolTip(0, theme.title);
                    child->setData(0, keyRole, themeSectionKey(theme.id));
                    child->setData(0, hintRole,
                                   tr("Followed by the theme's strengths, areas for consideration and "
                                      "recommendations from the Findings page."));
                    sections.append({themeSectionKey(theme.id), tr("Feedback: %1").arg(theme.title)});
                }
            }
        }
        m_outline->expandAll();
    }
    m_log->setSections(sections);
    QTreeWidgetItem* select = m_outline->topLevelItemCount() > 0 ? m_outline->topLevelItem(0) : nullptr;
    for (QTreeWidgetItemIterator it(m_outline); *it; ++it) {
        if ((*it)->data(0, keyRole).toString() == selected)
            select = *it;
    }
    m_outline->setCurrentItem(select);
    showSection();
}

QString ReportPage::currentKey() const
{
    const QTreeWidgetItem* item = m_outline->currentItem();
    return item ? item->data(0, keyRole).toString() : QString();
}

void ReportPage::showSection()
{
    m_text->commit();
    const QTreeWidgetItem* item = m_outline->currentItem();
    const bool editable = m_session && !m_session->isReadOnly() && item;
    m_text->setEditable(editable);
    if (!m_session || !item) {
        m_sectionTitle->setText(tr("No engagement open"));
        m_sectionHint->setText(tr("Open or create an engagement to write its report."));
        m_text->setCommittedMarkdown(QString());
        return;
    }
    m_sectionTitle->setText(item->text(0));
    const QString key = currentKey();
    RecordStore& records = m_session->file().records();
    const QString own = ReportRepository(records).section(ReportKind::Feedback, key);
    QString text = own;
    QString origin;
    if (own.trimmed().isEmpty()) {
        const Engagement engagement = EngagementRepository(records).engagement();
        const ReportTemplate& layout = ReportTemplate::forProgramme(engagement.programme);
        if (const ReportSectionDef* section = layout.section(key)) {
            FeedbackReportData data;
            data.engagement = engagement;
            data.programmeName = programmeDisplayName(engagement.programme);
            text = sectionText(data, *section);
            if (!text.isEmpty())
                origin = tr(" Showing the template's words until the team writes its own.");
        }
    }
    m_sectionHint->setText(item->data(0, hintRole).toString() + origin);
    m_text->setCommittedMarkdown(text);
    m_text->setPlaceholderText(
        tr("Write this section's narrative here: paragraphs, lists, bold and italic."));
}

void ReportPage::commitText(const QString& markdown)
{
    if (!m_session || m_session->isReadOnly())
        return;
    const QString key = currentKey();
    if (key.isEmpty() && !m_outline->currentItem())
        return;
    const QString text = markdown.trimmed().isEmpty() ? QString() : markdown;
    if (text == ReportRepository(m_session->file().records()).section(ReportKind::Feedback, key))
        return;
    m_session->push(std::make_unique<SetReportSection>(*m_session, ReportKind::Feedback, key, text));
}

void ReportPage::refresh()
{
    const bool open = m_session != nullptr;
    const bool editable = open && !m_session->isReadOnly();
    if (open) {
        const ReportVersion working =
            ReportRepository(m_session->file().records()).workingVersion(ReportKind::Feedback);
        m_version->setText(reportStateLine(*m_session, ReportKind::Feedback));
        m_issueDraft->setEnabled(editable && working.state == ReportState::Draft);
        m_issueFinal->setEnabled(editable && working.state == ReportState::Draft);
    } else {
        m_version->setText(tr("No engagement open"));
        m_issueDraft->setEnabled(false);
        m_issueFinal->setEnabled(false);
    }
    m_export->setEnabled(open);
    m_log->reload();
    refreshNames();
    if (m_tabs->currentWidget() == m_preview)
        m_previewTimer->start();
    // The narrative shown follows the file (undo, merge) unless the user is typing in it.
    if (open && m_outline->currentItem())
        showSection();
}

void ReportPage::refreshNames()
{
    QList<Problem> found;
    int open = 0;
    if (m_session) {
        for (const Problem& problem : m_session->problems()) {
            if (problem.checkId == QLatin1String("findings.non-attribution")
                || problem.checkId == QLatin1String("report.non-attribution"))
                found.append(problem);
        }
    }
    open = int(found.size());
    m_names->setProblems(found, false);
    m_tabs->setTabText(m_tabs->indexOf(m_names), open > 0 ? tr("&Names (%1)").arg(open) : tr("&Names"));
}

void ReportPage::refreshPreview()
{
    if (!m_session) {
        m_preview->setHtml(tr("<p>Open an engagement to see its report.</p>"));
        return;
    }
    RecordStore& records = m_session->file().records();
    const FeedbackReportData data =
        readFeedbackReport(records, m_session->file().installation().clock().now());
    const report::Document document =
        buildFeedbackReport(data, ReportTemplate::forProgramme(data.engagement.programme));
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(QString::fromUtf8(report::toHtml(document, true)));
    if (!m_previewAtSection) {
        m_preview->verticalScrollBar()->setValue(scroll);
        return;
    }
    // Opened on the section chosen in the outline ("5.2 Governance", or a theme's title).
    m_previewAtSection = false;
    const QTreeWidgetItem* item = m_outline->currentItem();
    const QString wanted = item ? item->text(0) : QString();
    for (int i = 0; i < document.blocks.size(); ++i) {
        const report::Block& b = document.blocks.at(i);
        if (b.kind == report::Block::Kind::Heading && b.level <= 2
            && (report::headingText(b) == wanted || report::plainText(b.spans) == wanted)) {
            m_preview->scrollToAnchor(QStringLiteral("section-%1").arg(i));
            break;
        }
    }
}

void ReportPage::issueVersion(bool final)
{
    if (m_session)
        sendReportVersion(this, *m_session, m_prompter, ReportKind::Feedback, final,
                          [this] { return passesGate(); });
}

bool ReportPage::passesGate()
{
    refreshNames();
    QStringList matches;
    for (const Problem& problem : m_session->problems()) {
        if (problem.checkId == QLatin1String("findings.non-attribution")
            || problem.checkId == QLatin1String("report.non-attribution"))
            matches.append(QStringLiteral("• ") + problem.message);
    }
    if (matches.isEmpty())
        return true;
    m_tabs->setCurrentWidget(m_names);
    return m_prompter.confirm(
        this, tr("Names in the Final Report"),
        tr("The non-attribution check finds names in what the council will read:\n\n%1\n\nReports never "
           "attribute what was said to a person. Go on anyway?")
            .arg(matches.join(QLatin1Char('\n'))));
}

void ReportPage::exportProduct(report::Product product, report::Format format)
{
    if (!m_session)
        return;
    m_text->commit();
    RecordStore& records = m_session->file().records();
    const ReportVersion working = ReportRepository(records).workingVersion(ReportKind::Feedback);
    if (product == report::Product::Report && working.state == ReportState::Final && !passesGate())
        return;
    const Engagement engagement = EngagementRepository(records).engagement();
    const QString host = engagement.host.name.isEmpty() ? engagement.title : engagement.host.name;
    const QString folder = QFileInfo(m_session->file().path()).absolutePath();
    const QString path =
        m_prompter.fileToSave(this, tr("Export"), QDir(folder).filePath(suggestedName(host, product, format)),
                              tr("%1 (*.%2)").arg(report::formatLabel(format), report::formatKey(format)));
    if (path.isEmpty())
        return;

    // Everything on a worker thread, from a read-only connection of its own: on the stress file
    // the read alone is half a second, and the window stays responsive.
    (void)report::reportFontFamily(); // fonts are registered on the GUI thread
    const Clock& clock = m_session->file().installation().clock();
    const QDateTime now = clock.now();
    const QString source = m_session->file().path();
    const auto write = [&clock, source, product, format, path, now](const report::Progress& progress) {
        report::exportFromFile(source, clock, product, format, path, now, progress);
    };
    if (runExport(this, m_prompter, tr("Export"), write))
        emit statusMessage(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace pc::ui
