// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationfield.h"

#include "commitlineedit.h"
#include "prompter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

bool looksLikeLink(const QString& text)
{
    return text.contains(QStringLiteral("://"))
           || text.startsWith(QStringLiteral("www."), Qt::CaseInsensitive)
           || text.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive);
}

} // namespace

LocationField::LocationField(Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_edit(new CommitLineEdit(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_browse(new QPushButton(tr("Browse…"), this))
{
    m_edit->setObjectName(QStringLiteral("documentLocationEdit"));
    m_edit->setAccessibleName(tr("Location"));
    m_edit->setPlaceholderText(tr("A file or a link"));
    m_edit->setClearButtonEnabled(true);
    m_open->setObjectName(QStringLiteral("openLocationButton"));
    m_open->setAccessibleName(tr("Open the document"));
    m_browse->setObjectName(QStringLiteral("browseLocationButton"));
    m_browse->setAccessibleName(tr("Choose the document's file"));
    m_browse->setToolTip(tr("Choose the document's file"));
    // The buttons go under the path: a path needs all the width the form has.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_browse);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addLayout(buttons);
    setFocusProxy(m_edit);
    connect(m_edit, &CommitLineEdit::committed, this, [this](const QString& text) {
        updateButtons();
        emit committed(text.trimmed());
    });
    connect(m_edit, &QLineEdit::textChanged, this, &LocationField::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &LocationField::open);
    connect(m_browse, &QPushButton::clicked, this, &LocationField::browse);
    updateButtons();
}

void LocationField::setLocation(const QString& location)
{
    m_edit->setCommittedText(location);
    updateButtons();
}

QString LocationField::location() const
{
    return m_edit->text().trimmed();
}

void LocationField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_browse->setEnabled(!readOnly);
}

QUrl LocationField::urlFor(const QString& location, const QString& baseFolder)
{
    const QString text = location.trimmed();
    if (text.isEmpty())
        return {};
    if (looksLikeLink(text))
        return QUrl::fromUserInput(text);
    if (QDir::isAbsolutePath(text))
        return QUrl::fromLocalFile(QDir::cleanPath(text));
    if (text.startsWith(QStringLiteral("~/")))
        return QUrl::fromLocalFile(QDir::home().filePath(text.mid(2)));
    // "lginform.local.gov.uk/reports" is a link typed without its scheme; "Pre-reading/plan.pdf"
    // and "plan.pdf" are files beside the engagement file.
    const QString local = QDir(baseFolder).filePath(text);
    const QString first = text.section(QLatin1Char('/'), 0, 0);
    const bool host = text.contains(QLatin1Char('/')) && first.contains(QLatin1Char('.'))
                      && !first.contains(QLatin1Char(' '));
    if (baseFolder.isEmpty() || (host && !QFileInfo::exists(local)))
        return QUrl::fromUserInput(text);
    return QUrl::fromLocalFile(local);
}

void LocationField::open()
{
    const QUrl url = urlFor(location(), m_baseFolder);
    if (!url.isValid())
        return;
    if (!QDesktopServices::openUrl(url))
        m_prompter.showError(this, tr("Open Document"),
                             tr("Nothing on this computer could open %1.").arg(url.toDisplayString()));
}

void LocationField::browse()
{
    const QUrl current = urlFor(location(), m_baseFolder);
    const QString folder =
        current.isLocalFile() ? QFileInfo(current.toLocalFile()).absolutePath() : m_baseFolder;
    const QString path =
        m_prompter.fileToOpen(this, tr("Choose the Document's File"), folder, tr("All files (*)"));
    if (path.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(path);
    m_edit->setCommittedText(shown);
    m_edit->setText(shown);
    updateButtons();
    emit committed(shown);
}

void LocationField::updateButtons()
{
    const QUrl url = urlFor(location(), m_baseFolder);
    m_open->setEnabled(url.isValid());
    m_open->setToolTip(url.isValid() ? tr("Open %1").arg(url.toDisplayString()) : tr("No location to open"));
}

} // namespace pc::ui
