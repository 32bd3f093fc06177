// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuretable.h"

#include <QElapsedTimer>

#include <QTextStream>

#include <algorithm>

namespace pc::bench {

void FigureTable::add(const QString& name, const QString& value, const QString& unit, const QString& ratio)
{
    m_figures.append(Figure{name, value, unit, ratio});
}

void FigureTable::addTime(const QString& name, double ms, std::optional<double> baselineMs)
{
    add(name, QString::number(ms, 'f', ms < 10 ? 2 : 1), QStringLiteral("ms"),
        baselineMs ? ratio(ms, *baselineMs) : QString());
}

void FigureTable::addUnavailable(const QString& name, const QString& unit)
{
    add(name, QStringLiteral("n/a"), unit);
}

void FigureTable::print(QTextStream& out) const
{
    Figure header{QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("unit"),
                  QStringLiteral("ratio")};
    qsizetype nameWidth = header.name.size();
    qsizetype valueWidth = header.value.size();
    qsizetype unitWidth = header.unit.size();
    for (const Figure& figure : m_figures) {
        nameWidth = std::max(nameWidth, figure.name.size());
        valueWidth = std::max(valueWidth, figure.value.size());
        unitWidth = std::max(unitWidth, figure.unit.size());
    }
    const auto line = [&](const Figure& f) {
        const QString text = f.name.leftJustified(nameWidth) + QStringLiteral("  ")
                             + f.value.rightJustified(valueWidth) + QStringLiteral("  ")
                             + f.unit.leftJustified(unitWidth) + QStringLiteral("  ") + f.ratio;
        out << QStringView(text).trimmed() << Qt::endl;
    };
    line(header);
    for (const Figure& figure : m_figures)
        line(figure);
}

QString FigureTable::ratio(double value, double baseline)
{
    return baseline > 0 ? QString::number(value / baseline, 'f', 2) : QStringLiteral("n/a");
}

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    return samples.size() % 2 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
}

double medianMs(int repetitions, const std::function<void()>& work)
{
    QList<double> samples;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.append(elapsedMs(timer));
    }
    return median(samples);
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace pc::bench
