// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace pc {

Error::Error(ErrorKind kind, const QString& message, int sqliteCode)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_sqliteCode(sqliteCode)
{
}

} // namespace pc
