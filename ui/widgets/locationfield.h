// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QPushButton;

namespace pc::ui {

class CommitLineEdit;
class Prompter;

/// Where a document is: a path or a link, with Open (the desktop's handler for it) and
/// Browse… (a file chosen through the Prompter). Announces committed() per finished edit.
class LocationField : public QWidget
{
    Q_OBJECT

public:
    explicit LocationField(Prompter& prompter, QWidget* parent = nullptr);

    /// Shows a location without announcing it.
    void setLocation(const QString& location);
    [[nodiscard]] QString location() const;
    /// The folder relative paths are taken from (the engagement file's).
    void setBaseFolder(const QString& folder) { m_baseFolder = folder; }
    /// Read-only still opens the document; it only stops changing where it is.
    void setReadOnly(bool readOnly);
    [[nodiscard]] CommitLineEdit* editor() const { return m_edit; }

    /// A link as typed ("www.lga.gov.uk/…", "https://…"), or a local path (absolute, or
    /// relative to `baseFolder`); empty when there is nothing to open.
    [[nodiscard]] static QUrl urlFor(const QString& location, const QString& baseFolder);

signals:
    void committed(const QString& location);

private:
    void open();
    void browse();
    void updateButtons();

    Prompter& m_prompter;
    CommitLineEdit* m_edit;
    QPushButton* m_open;
    QPushButton* m_browse;
    QString m_baseFolder;
};

} // namespace pc::ui
