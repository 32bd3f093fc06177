// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTextBrowser;

namespace pc {

class EngagementFile;
class Installation;

namespace ui {

class Prompter;

/// The first window: opens an engagement file and shows its key facts. The lifecycle pages,
/// undo and the full File menu arrive with the next issue (Foundation II).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Installation& installation, Prompter& prompter, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a file; on failure shows why and keeps what was open. Returns whether it opened.
    bool openFile(const QString& path);
    [[nodiscard]] EngagementFile* file() const { return m_file.get(); }

private:
    void chooseFile();
    void refresh();
    void showEmptyState();

    Installation& m_installation;
    Prompter& m_prompter;
    std::unique_ptr<EngagementFile> m_file;
    QLabel* m_header = nullptr;
    QTextBrowser* m_view = nullptr;
};

} // namespace ui
} // namespace pc
