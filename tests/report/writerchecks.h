// SPDX-License-Identifier: GPL-3.0-or-later
// What every document writer must do when it cannot finish: the checks the writer tests share.
#pragma once

#include "common/error.h"
#include "report/reportdocument.h"
#include "report/sampledocument.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <functional>

namespace pc::report::test {

using DocumentWriter = std::function<void(const QString& path, const Document&, const Progress&)>;

/// Cancelled from its fifth progress call, the writer throws Cancelled and leaves no file.
inline void checkCancelLeavesNoFile(const DocumentWriter& write, const QString& fileName)
{
    const pc::test::TempFolder folder;
    const QString path = folder.path(fileName);
    int calls = 0;
    try {
        write(path, sampleDocument(), [&calls](int, int) { return ++calls < 5; });
        FAIL("the writer was not cancelled");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Cancelled);
    }
    CHECK(calls == 5);
    CHECK_FALSE(QFile::exists(path));
}

/// Into a folder that does not exist, the writer throws Io naming the file and leaves nothing.
inline void checkUnwritableIsNamed(const DocumentWriter& write, const QString& fileName)
{
    const pc::test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("missing/folder/") + fileName);
    try {
        write(path, sampleDocument(1, 2), {});
        FAIL("the writer did not fail");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Io);
        CHECK(error.message().contains(fileName));
    }
    CHECK_FALSE(QFile::exists(path));
}

} // namespace pc::report::test
