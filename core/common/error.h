// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace pc {

/// What went wrong, in terms a caller can act on (retry, offer a backup, open read-only, ...).
enum class ErrorKind {
    NotOurFile,       // not a PeerChallenge engagement file at all
    NewerVersion,     // made by a newer PeerChallenge; both versions are in the message
    Corrupt,          // damaged, truncated or inconsistent
    UnexpectedSchema, // ours by its marks, but carries objects this version does not expect
    Locked,           // open for writing elsewhere
    ReadOnly,         // cannot be written here
    Io,               // missing file, permissions, rename failures
    DiskFull,         // the disk (or the file's page limit) is full
    Constraint,       // a write broke a rule of the data (programmer or input error)
    InvalidInput,     // bad user input: JSON, arguments, field values
    Mismatch,         // e.g. merging a copy of a different engagement
    Cancelled,        // the user stopped a long piece of work; nothing was written
};

/// The one exception type of core. Carries a sentence a person understands.
class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const QString& message, int sqliteCode = 0);

    [[nodiscard]] ErrorKind kind() const { return m_kind; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] int sqliteCode() const { return m_sqliteCode; }

private:
    ErrorKind m_kind;
    QString m_message;
    int m_sqliteCode;
};

} // namespace pc
