// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pc::csv {

/// The text of a CSV file as spreadsheets save it: a byte order mark picks UTF-8, UTF-16 or UTF-32
/// (Excel's "Unicode text" is UTF-16 LE with a BOM) and is dropped; without one, the bytes are UTF-8
/// when they are valid UTF-8 and Windows-1252 otherwise (Excel's "CSV" on Windows in the UK).
[[nodiscard]] QString decodeText(const QByteArray& bytes);

/// Windows-1252 to Unicode: Latin-1 except for the 32 code points 0x80-0x9F.
[[nodiscard]] QString decodeWindows1252(const QByteArray& bytes);

} // namespace pc::csv
