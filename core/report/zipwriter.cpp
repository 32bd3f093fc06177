// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipwriter.h"

#include "common/error.h"

#include <QDir>
#include <QObject>
#include <QSaveFile>

#include <zip.h>

namespace pc::report {

namespace {

[[noreturn]] void fail(const QString& what, zip_error_t* error)
{
    throw Error(ErrorKind::Io, QObject::tr("Could not build the document package (%1: %2).")
                                   .arg(what, QString::fromUtf8(zip_error_strerror(error))));
}

} // namespace

ZipWriter::ZipWriter()
{
    zip_error_t error;
    zip_error_init(&error);
    m_source = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!m_source) {
        const QString message = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        throw Error(ErrorKind::Io, QObject::tr("Could not build the document package (%1).").arg(message));
    }
    m_archive = zip_open_from_source(m_source, ZIP_TRUNCATE, &error);
    if (!m_archive) {
        const QString message = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        zip_source_free(m_source);
        throw Error(ErrorKind::Io, QObject::tr("Could not build the document package (%1).").arg(message));
    }
    zip_error_fini(&error);
    // The archive now owns one reference; this one keeps the buffer alive after zip_close.
    zip_source_keep(m_source);
}

ZipWriter::~ZipWriter()
{
    if (m_archive)
        zip_discard(m_archive);
    zip_source_free(m_source);
}

void ZipWriter::add(const QString& name, const QByteArray& bytes, bool compress)
{
    Q_ASSERT(m_archive);
    m_entries.append(bytes);
    const QByteArray& kept = m_entries.constLast();
    zip_source_t* data = zip_source_buffer(m_archive, kept.constData(), zip_uint64_t(kept.size()), 0);
    if (!data)
        fail(name, zip_get_error(m_archive));
    const zip_int64_t index = zip_file_add(m_archive, name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(data); // not taken over on failure
        fail(name, zip_get_error(m_archive));
    }
    if (zip_set_file_compression(m_archive, zip_uint64_t(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0)
        != 0)
        fail(name, zip_get_error(m_archive));
}

QByteArray ZipWriter::finish()
{
    Q_ASSERT(m_archive);
    if (zip_close(m_archive) != 0)
        fail(QObject::tr("closing"), zip_get_error(m_archive)); // the destructor discards it
    m_archive = nullptr;
    m_entries.clear();

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(m_source, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        fail(QObject::tr("reading back"), zip_source_error(m_source));
    if (zip_source_open(m_source) != 0)
        fail(QObject::tr("reading back"), zip_source_error(m_source));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const zip_int64_t read =
            zip_source_read(m_source, bytes.data() + done, zip_uint64_t(bytes.size() - done));
        if (read <= 0) {
            zip_source_close(m_source);
            fail(QObject::tr("reading back"), zip_source_error(m_source));
        }
        done += qsizetype(read);
    }
    zip_source_close(m_source);
    return bytes;
}

PackageXml::PackageXml()
    : m_writer(&m_bytes)
{
    m_writer.writeStartDocument(QStringLiteral("1.0"), true);
}

void PackageXml::start(const char* name, std::initializer_list<XmlAttribute> attributes)
{
    m_writer.writeStartElement(QLatin1String(name));
    for (const XmlAttribute& attribute : attributes)
        attr(attribute.name, attribute.value);
}

void PackageXml::empty(const char* name, std::initializer_list<XmlAttribute> attributes)
{
    m_writer.writeEmptyElement(QLatin1String(name));
    for (const XmlAttribute& attribute : attributes)
        attr(attribute.name, attribute.value);
}

void PackageXml::text(const QString& text)
{
    m_writer.writeCharacters(xmlSafe(text));
}

void PackageXml::textElement(const char* name, const QString& text)
{
    start(name);
    this->text(text);
    end();
}

QByteArray PackageXml::finish()
{
    m_writer.writeEndDocument();
    return m_bytes;
}

QString xmlSafe(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF
            || (u < 0x20 && u != '\t' && u != '\n' && u != '\r'))
            continue;
        safe += c;
    }
    return safe;
}

} // namespace pc::report
