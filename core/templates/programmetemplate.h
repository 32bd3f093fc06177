// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc {

class RecordStore;

struct TemplateTheme
{
    QString key;
    QString title;
    bool core = true;
    QStringList questions;
};

/// A programme's definition as data (resources/templates/*.json): its themes with their guiding
/// questions and defaults. Adding a programme is adding a data file.
struct ProgrammeTemplate
{
    QString id;
    int version = 0;
    QString name;
    QString description;
    QString framework;
    int defaultOnsiteDays = 0;
    QList<TemplateTheme> themes;

    /// Parses and validates one template; throws pc::Error(InvalidInput) naming the problem.
    [[nodiscard]] static ProgrammeTemplate fromJson(const QByteArray& json, const QString& source);
    /// Writes the template's themes and questions into a file being created or edited.
    void applyTo(RecordStore& records) const;
};

/// The templates shipped with the application, sorted by name with "blank" last.
class TemplateLibrary
{
public:
    /// Loads the built-in templates (compiled in as Qt resources).
    [[nodiscard]] static const TemplateLibrary& builtIn();
    explicit TemplateLibrary(QList<ProgrammeTemplate> templates);

    [[nodiscard]] const QList<ProgrammeTemplate>& templates() const { return m_templates; }
    [[nodiscard]] std::optional<ProgrammeTemplate> find(const QString& id) const;
    [[nodiscard]] QStringList ids() const;

private:
    QList<ProgrammeTemplate> m_templates;
};

} // namespace pc
