// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QString>

#include <optional>

class QElapsedTimer;
class QTextStream;

namespace pc::bench {

/// One measured figure; `ratio` is to the baseline measured in the same run, where one applies.
struct Figure
{
    QString name;
    QString value;
    QString unit;
    QString ratio;
};

/// The benchmark's output: a plain, aligned table, one figure a line.
class FigureTable
{
public:
    void add(const QString& name, const QString& value, const QString& unit, const QString& ratio = {});
    /// A time in milliseconds, with its ratio to `baselineMs` when given.
    void addTime(const QString& name, double ms, std::optional<double> baselineMs = std::nullopt);
    void addUnavailable(const QString& name, const QString& unit);
    void print(QTextStream& out) const;

    /// "1.23" for a ratio, "n/a" when the denominator is zero.
    [[nodiscard]] static QString ratio(double value, double baseline);

private:
    QList<Figure> m_figures;
};

/// The time since the timer started, in milliseconds with the nanoseconds kept.
[[nodiscard]] double elapsedMs(const QElapsedTimer& timer);

/// The median of some samples (the mean of the middle two for an even count); 0 for none.
[[nodiscard]] double median(QList<double> samples);

/// The median time of `repetitions` runs of `work`, in milliseconds.
[[nodiscard]] double medianMs(int repetitions, const std::function<void()>& work);

} // namespace pc::bench
