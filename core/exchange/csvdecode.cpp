// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdecode.h"

#include <QStringDecoder>

#include <array>

namespace pc::csv {

namespace {

// Qt 6.4's QStringConverter::encodingForName() knows only the Unicode encodings and Latin-1, and
// whether a named QStringDecoder("windows-1252") works depends on Qt being built with ICU. So the
// one range where Windows-1252 differs from Latin-1 is tabled here (as in the WHATWG Encoding
// standard, the five unassigned bytes map to the C1 control of the same value); the test checks it
// against ICU where Qt has it.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98
};

} // namespace

QString decodeWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = (value >= 0x80 && value <= 0x9F) ? QChar(cp1252High[value - 0x80]) : QChar(char16_t(value));
    }
    return text;
}

QString decodeText(const QByteArray& bytes)
{
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom); // the default flags drop the initial BOM
        return decoder.decode(bytes);
    }
    // Stateless: a multi-byte sequence cut off at the end is an error, not "wait for more".
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return decodeWindows1252(bytes);
}

} // namespace pc::csv
