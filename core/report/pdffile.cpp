// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdffile.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QObject>
#include <QPdfWriter>
#include <QSaveFile>

namespace pc::report {

void writePdfFile(const QString& path, const QString& what, const QPageLayout& layout, int dpi,
                  const QString& title, const std::function<void(QPdfWriter&)>& paint)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw Error(ErrorKind::Constraint,
                    QObject::tr("A PDF can only be written by a program with fonts loaded (a "
                                "QGuiApplication)."));
    const auto failed = [&](const QString& reason) {
        return Error(
            ErrorKind::Io,
            QObject::tr("Could not write %1 to %2: %3.").arg(what, QDir::toNativeSeparators(path), reason));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw failed(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(dpi);
        writer.setPageLayout(layout);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("PeerChallenge"));
        paint(writer);
    }
    if (!file.commit())
        throw failed(file.errorString());
}

} // namespace pc::report
