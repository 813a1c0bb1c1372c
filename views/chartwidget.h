// Our chart widget: a titled chart over time of line series (one value axis per unit) or of bars, with a time
// axis in UTC or local time, an empty state and a spoken summary. The only class that includes Qt Charts
// (deprecated from Qt 6.10), so the chart library can be swapped here without touching its users.
#pragma once

#include "chartdata.h"

#include <QtCore/QHash>
#include <QtWidgets/QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
class QValueAxis;
QT_END_NAMESPACE

namespace Views {

class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    // The chart's title, also its accessible name.
    void setTitle(const QString &title);
    QString title() const;
    // What the empty state says (default "No data").
    void setEmptyText(const QString &text);
    QString emptyText() const;
    // Times on the axis in UTC (default) or local time; relabels the axis in place.
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_spec; }
    // Each series is downsampled to at most this many points before it reaches the chart (default
    // ChartData::kDefaultPoints, at least 4). Applies from the next setLines() / setBars().
    void setMaxPointsPerSeries(qsizetype n);
    qsizetype maxPointsPerSeries() const { return m_maxPoints; }

    // Lines over time. Series of the same unit share a value axis: the first unit's is on the left, the others on
    // the right. Series without points are left out; when none is left the empty state shows.
    void setLines(const std::vector<ChartSeries> &series);
    // Bars of width bucketMs, each starting at a point's x and as high as its y (e.g. energy per hour). The time
    // axis spans the bars, and all of `window` when it is not empty (e.g. "the last 48 hours" with a few bars).
    // The value axis is titled with the unit alone: the chart's title says what the bars are.
    void setBars(const ChartSeries &series, qint64 bucketMs, TimeWindow window = {0, 0});
    // Drops the data and shows the empty state.
    void clear();

    // What is shown, for tests and the integrator.
    bool isEmptyStateShown() const;
    QString timeAxisTitle() const;
    QStringList valueAxisTitles() const;
    QList<qsizetype> drawnPointCounts() const; // points each of the chart's series holds, in order
    QStringList timeAxisLabels() const;        // the time axis' tick labels, in order
    QStringList valueAxisLabelFormats() const; // printf formats of the value axes' tick labels
    // Where the chart draws its plot area and the time axis' title, in this widget's coordinates, once laid out
    // (empty rectangles while the empty state shows).
    QRectF plotArea() const;
    QRectF timeAxisTitleRect() const;

private:
    // What the accessible description says about a series shown (its data before downsampling).
    struct Summary
    {
        QString name;
        QString unit;
        qsizetype points;
        ChartBounds bounds;
    };
    static Summary summarize(const ChartSeries &s);
    void resetChart();
    QRectF fromScene(const QRectF &r) const; // scene to this widget's coordinates
    enum class ValueTitle { NameAndUnit, Unit };
    QHash<QString, QValueAxis *> addAxes(const std::vector<Summary> &series, ValueTitle title,
                                         TimeWindow window = {0, 0});
    void updateTimeAxis();
    void present(std::vector<Summary> &&series);
    void describe();

    QStackedLayout *m_stack;
    QWidget *m_emptyPage; // the title and the empty text, centred
    QLabel *m_emptyTitle;
    QLabel *m_empty;
    QChartView *m_view;
    QChart *m_chart;
    QCategoryAxis *m_timeAxis = nullptr;
    double m_minX = 0;
    double m_maxX = 0;
    qsizetype m_maxPoints = ChartData::kDefaultPoints;
    Qt::TimeSpec m_spec = Qt::UTC;
    std::vector<Summary> m_summary; // empty: the empty state shows
};

} // namespace Views
