// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportrunner.h"

#include "common/error.h"
#include "prompter.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace pc::ui {

bool runExport(QWidget* parent, Prompter& prompter, const QString& title,
               const std::function<void(const report::Progress&)>& write)
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancelled{false};
    QString failure;
    bool wasCancelled = false;

    const report::Progress progress = [&](int doneNow, int totalNow) {
        done = doneNow;
        total = totalNow;
        return !cancelled.load();
    };
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            write(progress);
        } catch (const Error& error) {
            if (error.kind() == ErrorKind::Cancelled)
                wasCancelled = true;
            else
                failure = error.message();
        } catch (const std::exception& error) {
            failure = QString::fromLocal8Bit(error.what());
        }
    }));

    QProgressDialog dialog(QObject::tr("Writing %1…").arg(title), QObject::tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400); // a blink: quicker work never shows the dialog
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancelled = true; });

    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (total > 0) {
            dialog.setMaximum(total);
            dialog.setValue(qMin(done.load(), total.load()));
        }
    });
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start();
    loop.exec();
    thread->wait();
    poll.stop();
    dialog.reset();
    if (!failure.isEmpty()) {
        prompter.showError(parent, title, failure);
        return false;
    }
    return !wasCancelled;
}

} // namespace pc::ui
