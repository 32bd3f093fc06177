// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiondialog.h"

#include "commands/sessioncommands.h"
#include "models/sessiontablemodel.h"
#include "rules/milestonerules.h"
#include "session/engagementsession.h"
#include "storage/contactrepository.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

constexpr int fiveMinutes = 5;

/// A time edit whose minutes step by five (carrying into the hour), the grain of a timetable.
class FiveMinuteTimeEdit : public QTimeEdit
{
public:
    explicit FiveMinuteTimeEdit(QWidget* parent)
        : QTimeEdit(parent)
    {
        setDisplayFormat(QStringLiteral("HH:mm"));
        setWrapping(true);
    }

    void stepBy(int steps) override
    {
        if (currentSection() != QDateTimeEdit::MinuteSection) {
            QTimeEdit::stepBy(steps);
            return;
        }
        const int minutes = QTime(0, 0).secsTo(time()) / 60;
        // Off-grid times snap to the grid first: 09:37 goes up to 09:40 and down to 09:35.
        const int snapped = steps > 0 ? minutes / fiveMinutes * fiveMinutes
                                      : (minutes + fiveMinutes - 1) / fiveMinutes * fiveMinutes;
        const int target = ((snapped + steps * fiveMinutes) % minutesPerDay + minutesPerDay) % minutesPerDay;
        setTime(QTime(0, 0).addSecs(target * 60));
    }
};

QTime timeOf(int minutes)
{
    return QTime(0, 0).addSecs(((minutes % minutesPerDay) + minutesPerDay) % minutesPerDay * 60);
}

int minutesOf(const QTime& time)
{
    return QTime(0, 0).secsTo(time) / 60;
}

QString longDay(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

/// `text` with an accelerator on the first letter no other label of the dialog uses (word
/// starts first), which it adds to `used`; unchanged when every letter is taken.
QString withMnemonic(const QString& text, QString& used)
{
    const auto take = [&](qsizetype i) {
        used.append(text.at(i).toLower());
        return QString(text).insert(i, QLatin1Char('&'));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool wordStart = i == 0 || text.at(i - 1).isSpace();
        if (wordStart && text.at(i).isLetter() && !used.contains(text.at(i).toLower()))
            return take(i);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLetter() && !used.contains(text.at(i).toLower()))
            return take(i);
    }
    return text;
}

QLabel* inlineMessage(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
    label->hide();
    return label;
}

QLabel* placeholder(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

QList<QDate> onsiteDays(const Engagement& engagement)
{
    const QDate start = engagement.date(Milestone::OnsiteStart);
    QDate end = engagement.date(Milestone::OnsiteEnd);
    if (!start.isValid())
        return {};
    if (!end.isValid() || end < start || start.daysTo(end) >= maxOnsiteDays)
        end = start;
    QList<QDate> days;
    for (QDate day = start; day <= end; day = day.addDays(1))
        days.append(day);
    return days;
}

namespace {

QStringList knownLocations(const ScheduleRepository& schedule)
{
    QStringList names;
    QStringList keys;
    const auto add = [&](const QString& name) {
        const QString key = locationKey(name);
        if (key.isEmpty() || keys.contains(key))
            return;
        keys.append(key);
        names.append(name.trimmed());
    };
    for (const Location& location : schedule.locations())
        add(location.name);
    for (const Session& session : schedule.sessions())
        add(session.location);
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

} // namespace

SessionDialogContext loadSessionDialogContext(RecordStore& records)
{
    SessionDialogContext context;
    context.onsiteDays = onsiteDays(EngagementRepository(records).engagement());
    context.members = TeamRepository(records).members();
    context.themes = ScopeRepository(records).themes();
    context.contacts = ContactRepository(records).contacts();
    context.locations = knownLocations(ScheduleRepository(records));
    return context;
}

SessionDialog::SessionDialog(const Session& session, const SessionDialogContext& context, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_context(context)
{
    setWindowTitle(session.title.isEmpty() ? tr("New Session") : tr("Session: %1").arg(session.title));
    // The form's letters; the tabs and the groups' labels pick theirs from what is left.
    m_mnemonics = QStringLiteral("tkdselunmhpco");
    // Built in reading order, which is also the focus order: the form, then the tabs.
    QLayout* form = buildForm();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sessionTabs"));
    m_tabs->setAccessibleName(tr("Session details"));
    m_tabs->addTab(buildTeam(), tr("Tea&m"));
    m_tabs->addTab(buildThemes(), tr("T&hemes and questions"));
    m_tabs->addTab(buildGroups(), tr("&People met"));
    m_tabs->addTab(buildAttendees(), tr("&Council attendees"));
    m_notes = new QPlainTextEdit(session.notes, m_tabs);
    m_notes->setObjectName(QStringLiteral("sessionNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Arrangements, who to ask for at reception, what to bring…"));
    m_notes->setTabChangesFocus(true);
    m_tabs->addTab(m_notes, tr("N&otes"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("sessionButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    // Wide enough for every tab's name without scroll arrows, and for most key questions.
    const int em = fontMetrics().averageCharWidth();
    const int tabsWidth =
        m_tabs->tabBar()->sizeHint().width() + 2 * layout->contentsMargins().left() + em * 4;
    resize(std::max({sizeHint().width(), tabsWidth, em * 96}),
           std::max(sizeHint().height(), fontMetrics().height() * 36));
    validate();
    m_title->setFocus();
}

QLayout* SessionDialog::buildForm()
{
    auto* form = new QFormLayout;
    // Text fields take the width; choices keep the width of what they offer.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_title = new QLineEdit(m_session.title, this);
    m_title->setObjectName(QStringLiteral("sessionTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Interview with the leader"));
    m_title->setMaxLength(300);
    m_titleMessage = inlineMessage(this);
    m_titleMessage->setObjectName(QStringLiteral("sessionTitleMessage"));
    m_titleMessage->setText(tr("Give the session a title."));
    connect(m_title, &QLineEdit::textChanged, this, &SessionDialog::validate);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("sessionKindCombo"));
    m_kind->setAccessibleName(tr("Kind"));
    for (const SessionKind kind : allSessionKinds)
        m_kind->addItem(sessionKindLabel(kind), sessionKindKey(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(sessionKindKey(m_session.kind))));

    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_titleMessage);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Day:"), buildDay());
    // The times sit in boxes that take no focus: their labels point at the edits themselves.
    QWidget* start = buildStart();
    auto* startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_start);
    form->addRow(startLabel, start);
    QWidget* end = buildEnd();
    auto* endLabel = new QLabel(tr("&End:"), this);
    endLabel->setBuddy(m_end);
    form->addRow(endLabel, end);
    form->addRow(QString(), m_timeMessage);
    form->addRow(tr("&Location:"), buildLocation());
    form->addRow(tr("Stat&us:"), buildStatus());
    return form;
}

QWidget* SessionDialog::buildLocation()
{
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("sessionLocationCombo"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setEditable(true);
    m_location->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->addItems(m_context.locations);
    m_location->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_location->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_location->setCurrentIndex(-1);
    m_location->setEditText(m_session.location);
    m_location->lineEdit()->setPlaceholderText(tr("Room, building or address"));
    return m_location;
}

QWidget* SessionDialog::buildStatus()
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("sessionStatusCombo"));
    m_status->setAccessibleName(tr("Status"));
    for (const SessionStatus status : allSessionStatuses)
        m_status->addItem(sessionStatusLabel(status), sessionStatusKey(status));
    m_status->setCurrentIndex(std::max(0, m_status->findData(sessionStatusKey(m_session.status))));
    return m_status;
}

QWidget* SessionDialog::buildDay()
{
    if (m_context.onsiteDays.isEmpty()) {
        // No onsite dates yet: any day will do, and the timetable follows when they are set.
        m_dayEdit = new QDateEdit(m_session.day.isValid() ? m_session.day : QDate::currentDate(), this);
        m_dayEdit->setObjectName(QStringLiteral("sessionDayEdit"));
        m_dayEdit->setAccessibleName(tr("Day"));
        m_dayEdit->setCalendarPopup(true);
        m_dayEdit->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
        return m_dayEdit;
    }
    m_day = new QComboBox(this);
    m_day->setObjectName(QStringLiteral("sessionDayCombo"));
    m_day->setAccessibleName(tr("Day"));
    QList<QDate> days = m_context.onsiteDays;
    const bool outside = m_session.day.isValid() && !days.contains(m_session.day);
    if (outside)
        days.append(m_session.day);
    std::sort(days.begin(), days.end());
    for (const QDate& day : std::as_const(days)) {
        const bool onsite = m_context.onsiteDays.contains(day);
        m_day->addItem(onsite ? longDay(day) : tr("%1 (not an onsite day)").arg(longDay(day)), day);
    }
    const int current = m_day->findData(m_session.day);
    m_day->setCurrentIndex(current >= 0 ? current : 0);
    return m_day;
}

QWidget* SessionDialog::buildStart()
{
    // Each row's box exists before its controls, so the focus chain runs in reading order.
    auto* box = new QWidget(this);
    m_start = new FiveMinuteTimeEdit(box);
    m_start->setObjectName(QStringLiteral("sessionStartEdit"));
    m_start->setAccessibleName(tr("Start"));
    m_start->setTime(timeOf(m_session.start));
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_start);
    row->addStretch(1);
    return box;
}

QWidget* SessionDialog::buildEnd()
{
    auto* box = new QWidget(this);
    m_end = new FiveMinuteTimeEdit(box);
    m_end->setObjectName(QStringLiteral("sessionEndEdit"));
    m_end->setAccessibleName(tr("End"));
    m_end->setTime(timeOf(m_session.end));
    m_pastMidnight = new QCheckBox(tr("Ends after mid&night"), box);
    m_pastMidnight->setObjectName(QStringLiteral("sessionPastMidnightCheck"));
    m_pastMidnight->setToolTip(tr("The session runs into the small hours of the next day."));
    m_pastMidnight->setChecked(m_session.end >= minutesPerDay);
    m_timeMessage = inlineMessage(this);
    m_timeMessage->setObjectName(QStringLiteral("sessionTimeMessage"));
    connect(m_start, &QTimeEdit::timeChanged, this, &SessionDialog::validate);
    connect(m_end, &QTimeEdit::timeChanged, this, &SessionDialog::validate);
    connect(m_pastMidnight, &QCheckBox::toggled, this, &SessionDialog::validate);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_end);
    row->addSpacing(12);
    row->addWidget(m_pastMidnight);
    row->addStretch(1);
    return box;
}

QWidget* SessionDialog::buildTeam()
{
    if (m_context.members.isEmpty())
        return placeholder(tr("No one is on the team yet. Add the team on the Team page."), this);
    m_team = new QTableWidget(int(m_context.members.size()), 2, this);
    m_team->setObjectName(QStringLiteral("sessionTeamTable"));
    m_team->setAccessibleName(tr("Team"));
    m_team->setHorizontalHeaderLabels({tr("Member"), tr("Part")});
    m_team->verticalHeader()->hide();
    m_team->setSelectionMode(QAbstractItemView::NoSelection);
    m_team->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab walks the part boxes, not the cells.
    m_team->setTabKeyNavigation(false);
    m_team->setFocusPolicy(Qt::NoFocus);
    m_team->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_team->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < int(m_context.members.size()); ++row) {
        const Member& member = m_context.members.at(row);
        auto* name = new QTableWidgetItem(member.name);
        name->setToolTip(roleLabel(member.role));
        m_team->setItem(row, 0, name);
        auto* part = new QComboBox(m_team);
        part->setObjectName(partComboName(member.id));
        part->setAccessibleName(tr("Part of %1").arg(member.name));
        part->addItem(tr("Not attending"), QString());
        for (const SessionPart p : allSessionParts)
            part->addItem(sessionPartLabel(p), sessionPartKey(p));
        const auto it = std::find_if(m_session.team.cbegin(), m_session.team.cend(),
                                     [&member](const SessionAttendance& a) { return a.member == member.id; });
        if (it != m_session.team.cend())
            part->setCurrentIndex(std::max(0, part->findData(sessionPartKey(it->part))));
        m_team->setCellWidget(row, 1, part);
        m_team->setRowHeight(row, part->sizeHint().height() + 4);
        m_parts.append(part);
    }
    return m_team;
}

QWidget* SessionDialog::buildThemes()
{
    if (m_context.themes.isEmpty())
        return placeholder(tr("The scope has no themes yet. Add them on the Scope page."), this);
    m_themes = new QTreeWidget(this);
    m_themes->setObjectName(QStringLiteral("sessionThemeTree"));
    m_themes->setAccessibleName(tr("Themes and key questions the session explores"));
    m_themes->setHeaderHidden(true);
    m_themes->setTextElideMode(Qt::ElideRight); // the full question is in the tooltip
    for (const Theme& theme : std::as_const(m_context.themes)) {
        auto* top = new QTreeWidgetItem(m_themes, {theme.title});
        top->setData(0, Qt::UserRole, theme.id);
        top->setCheckState(0, m_session.themes.contains(theme.id) ? Qt::Checked : Qt::Unchecked);
        for (const KeyQuestion& question : theme.questions) {
            auto* child = new QTreeWidgetItem(top, {question.text});
            child->setData(0, Qt::UserRole, question.id);
            child->setToolTip(0, question.text);
            child->setCheckState(0, m_session.questions.contains(question.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_themes->expandAll();
    // A question explored means its theme is covered.
    connect(m_themes, &QTreeWidget::itemChanged, this, [](QTreeWidgetItem* item) {
        if (item->parent() && item->checkState(0) == Qt::Checked)
            item->parent()->setCheckState(0, Qt::Checked);
    });
    return m_themes;
}

QWidget* SessionDialog::buildGroups()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    auto* hint = new QLabel(tr("How many people from each group the team met. Leave a group at “Not met” "
                               "if the session did not include it."),
                            box);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    QString used = m_mnemonics;
    for (const ParticipantGroup group : allParticipantGroups) {
        auto* spin = new QSpinBox(box);
        spin->setObjectName(groupSpinName(group));
        spin->setAccessibleName(tr("People met: %1").arg(participantGroupLabel(group)));
        spin->setRange(0, 9999);
        spin->setSpecialValueText(tr("Not met"));
        const auto it = std::find_if(m_session.groups.cbegin(), m_session.groups.cend(),
                                     [group](const GroupMet& g) { return g.group == group; });
        spin->setValue(it != m_session.groups.cend() ? it->headcount : 0);
        form->addRow(tr("%1:").arg(withMnemonic(participantGroupLabel(group), used)), spin);
        m_groups.append(spin);
    }
    layout->addLayout(form);
    layout->addStretch(1);
    return box;
}

QWidget* SessionDialog::buildAttendees()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    auto* note = new QLabel(tr("The council's people at the session. These names are never printed in "
                               "reports: they are used only by the non-attribution check."),
                            box);
    note->setObjectName(QStringLiteral("sessionAttendeesNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    if (m_context.contacts.isEmpty()) {
        layout->addWidget(placeholder(tr("No council contacts yet. Add them on the Scope page."), box), 1);
        return box;
    }
    m_attendees = new QListWidget(box);
    m_attendees->setObjectName(QStringLiteral("sessionAttendeeList"));
    m_attendees->setAccessibleName(tr("Council attendees"));
    for (const Contact& contact : std::as_const(m_context.contacts)) {
        const QString text = contact.jobTitle.isEmpty()
                                 ? contact.name
                                 : tr("%1 \u2014 %2").arg(contact.name, contact.jobTitle);
        auto* item = new QListWidgetItem(text, m_attendees);
        item->setData(Qt::UserRole, contact.id);
        item->setCheckState(m_session.attendees.contains(contact.id) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_attendees, 1);
    return box;
}

void SessionDialog::validate()
{
    const bool titled = !m_title->text().trimmed().isEmpty();
    m_titleMessage->setVisible(!titled);
    const int start = minutesOf(m_start->time());
    const int end = chosenEnd();
    QString timeProblem;
    if (end <= start)
        timeProblem = tr("The session ends before it starts. Tick “Ends after midnight” if it runs into "
                         "the next day.");
    else if (end - start > minutesPerDay)
        timeProblem = tr("A session that ends after midnight must end before its start time the next day.");
    m_timeMessage->setText(timeProblem);
    m_timeMessage->setVisible(!timeProblem.isEmpty());
    if (QPushButton* ok = m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr)
        ok->setEnabled(titled && timeProblem.isEmpty());
}

QDate SessionDialog::chosenDay() const
{
    return m_day ? m_day->currentData().toDate() : m_dayEdit->date();
}

int SessionDialog::chosenEnd() const
{
    return minutesOf(m_end->time()) + (m_pastMidnight->isChecked() ? minutesPerDay : 0);
}

Session SessionDialog::session() const
{
    Session s = m_session;
    s.title = m_title->text().trimmed();
    s.kind = sessionKindFromKey(m_kind->currentData().toString());
    s.day = chosenDay();
    s.start = minutesOf(m_start->time());
    s.end = chosenEnd();
    s.location = m_location->currentText().trimmed();
    s.status = sessionStatusFromKey(m_status->currentData().toString());
    s.notes = m_notes->toPlainText();

    // People, themes and contacts the dialog did not offer keep their place in the lists.
    s.team.clear();
    for (int i = 0; i < int(m_parts.size()); ++i) {
        const QString key = m_parts.at(i)->currentData().toString();
        if (!key.isEmpty())
            s.team.append({m_context.members.at(i).id, sessionPartFromKey(key)});
    }
    for (const SessionAttendance& a : m_session.team) {
        if (rowOfId(m_context.members, a.member) < 0)
            s.team.append(a);
    }
    if (m_themes) {
        s.themes.clear();
        s.questions.clear();
        for (int i = 0; i < m_themes->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* theme = m_themes->topLevelItem(i);
            if (theme->checkState(0) == Qt::Checked)
                s.themes.append(theme->data(0, Qt::UserRole).toUuid());
            for (int j = 0; j < theme->childCount(); ++j) {
                if (theme->child(j)->checkState(0) == Qt::Checked)
                    s.questions.append(theme->child(j)->data(0, Qt::UserRole).toUuid());
            }
        }
    }
    s.groups.clear();
    for (int i = 0; i < int(m_groups.size()); ++i) {
        if (m_groups.at(i)->value() > 0)
            s.groups.append({allParticipantGroups[i], m_groups.at(i)->value()});
    }
    if (m_attendees) {
        s.attendees.clear();
        for (int i = 0; i < m_attendees->count(); ++i) {
            if (m_attendees->item(i)->checkState() == Qt::Checked)
                s.attendees.append(m_attendees->item(i)->data(Qt::UserRole).toUuid());
        }
        for (const QUuid& id : m_session.attendees) {
            if (rowOfId(m_context.contacts, id) < 0)
                s.attendees.append(id);
        }
    }
    // An unchanged dialog gives back exactly what it was given, so callers can skip the command.
    return s;
}

void SessionDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const QList<QWidget*> editors{m_title,    m_kind,   m_day,    m_dayEdit,   m_start, m_end,
                                  m_location, m_status, m_themes, m_attendees, m_notes, m_pastMidnight};
    for (QWidget* editor : editors) {
        if (editor)
            editor->setEnabled(!readOnly);
    }
    for (QComboBox* part : std::as_const(m_parts))
        part->setEnabled(!readOnly);
    for (QSpinBox* spin : std::as_const(m_groups))
        spin->setEnabled(!readOnly);
    m_buttons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                           : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    validate();
}

QString SessionDialog::partComboName(const QUuid& member)
{
    return QStringLiteral("sessionPart_") + member.toString(QUuid::WithoutBraces);
}

QString SessionDialog::groupSpinName(ParticipantGroup group)
{
    return QStringLiteral("sessionGroup_") + participantGroupKey(group);
}

bool editSessionInDialog(EngagementSession& session, const Session& before, bool editable, QWidget* parent)
{
    SessionDialog dialog(before, loadSessionDialogContext(session.file().records()), parent);
    dialog.setReadOnly(!editable);
    if (dialog.exec() != QDialog::Accepted || !editable || session.isReadOnly())
        return false;
    const Session after = dialog.session();
    if (after == before)
        return false;
    return session.push(
        std::make_unique<EditSessions>(session, QList<Session>{before}, QList<Session>{after},
                                       SessionDialog::tr("Edit \u201c%1\u201d").arg(after.title)));
}

} // namespace pc::ui
