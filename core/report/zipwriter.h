// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>

#include <initializer_list>

struct zip;
struct zip_source;

namespace pc::report {

/// Builds a zip archive (a DOCX or ODT package) in memory with libzip, so that nothing touches the
/// disk until the whole package is ready. Entries keep the order they were added in, which ODF
/// needs: its "mimetype" entry comes first and is stored uncompressed. Throws pc::Error(Io) with
/// libzip's message when libzip fails.
class ZipWriter
{
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    /// Adds an entry named `name` (a path inside the archive, UTF-8) holding `bytes`.
    void add(const QString& name, const QByteArray& bytes, bool compress = true);
    /// Closes the archive and returns its bytes. No entry may be added afterwards.
    [[nodiscard]] QByteArray finish();

private:
    zip_source* m_source = nullptr; // the in-memory archive; we hold one reference
    zip* m_archive = nullptr;       // open until finish(); discarded by the destructor otherwise
    QList<QByteArray> m_entries;    // libzip reads entry data only at zip_close: keep it alive
};

/// `text` without the characters XML 1.0 cannot hold.
[[nodiscard]] QString xmlSafe(const QString& text);

/// An attribute of PackageXml::start() or empty(): its value given as text, a literal or a number.
struct XmlAttribute
{
    XmlAttribute(const char* name, const QString& value)
        : name(name)
        , value(value)
    {
    }
    XmlAttribute(const char* name, const char* value)
        : name(name)
        , value(QString::fromUtf8(value))
    {
    }
    XmlAttribute(const char* name, int value)
        : name(name)
        , value(QString::number(value))
    {
    }
    const char* name;
    QString value;
};

/// One XML part of a package, written with QXmlStreamWriter (which escapes all text) through the
/// short calls the office writers need. Names are ASCII literals with their prefixes ("w:p",
/// "text:h"); namespaces are declared as xmlns attributes on the root.
class PackageXml
{
public:
    PackageXml();
    PackageXml(const PackageXml&) = delete;
    PackageXml& operator=(const PackageXml&) = delete;

    void start(const char* name, std::initializer_list<XmlAttribute> attributes = {});
    void end() { m_writer.writeEndElement(); }
    void empty(const char* name, std::initializer_list<XmlAttribute> attributes = {});
    void attr(const char* name, const QString& value)
    {
        m_writer.writeAttribute(QLatin1String(name), xmlSafe(value));
    }
    void attr(const char* name, const char* value) { attr(name, QString::fromUtf8(value)); }
    void attr(const char* name, int value) { attr(name, QString::number(value)); }
    /// Text content, without the characters XML cannot hold (control characters, lone surrogates).
    void text(const QString& text);
    void textElement(const char* name, const QString& text);
    /// Closes every open element and returns the part's bytes (UTF-8).
    [[nodiscard]] QByteArray finish();

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

} // namespace pc::report
