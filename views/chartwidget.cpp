#include "chartwidget.h"

#include "sessionformat.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QtCore/QLocale>
#include <QtWidgets/QGraphicsTextItem>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStackedLayout>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Views {

namespace {

QList<QPointF> toList(const std::vector<QPointF> &points)
{
    return QList<QPointF>(points.begin(), points.end());
}

QString number(double v)
{
    return QLocale().toString(v, 'f', 2);
}

// A printf format for a value axis' tick labels with as many decimals as its tick interval needs: "%.0f" for
// whole steps (no "50000.0"), "%.1f" for steps of 0.5, and so on (at most 3).
QString labelFormat(const QValueAxis &axis)
{
    const double step = axis.tickCount() > 1 ? (axis.max() - axis.min()) / (axis.tickCount() - 1) : 0.0;
    int decimals = 0;
    for (double scaled = step; decimals < 3 && std::abs(scaled - std::round(scaled)) > 1e-6 * std::max(scaled, 1.0);
         scaled *= 10)
        ++decimals;
    return QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f');
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_emptyPage(new QWidget(this))
    , m_emptyTitle(new QLabel(m_emptyPage))
    , m_empty(new QLabel(tr("No data"), m_emptyPage))
    , m_view(new QChartView(this))
    , m_chart(m_view->chart()) // the view's own chart: setChart() would orphan it (a leak)
{
    QFont bold = m_emptyTitle->font();
    bold.setBold(true);
    m_emptyTitle->setFont(bold);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    for (QLabel *label : {m_emptyTitle, m_empty}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        emptyLayout->addWidget(label);
    }
    emptyLayout->addStretch();
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_view);
    setAccessibleName(tr("Chart"));
    present({});
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setTitle(const QString &title)
{
    m_chart->setTitle(title);
    m_emptyTitle->setText(title);
    setAccessibleName(title.isEmpty() ? tr("Chart") : title);
    m_view->setAccessibleName(accessibleName());
    m_view->viewport()->setAccessibleName(accessibleName()); // the part that takes the focus
}

QString ChartWidget::title() const
{
    return m_chart->title();
}

void ChartWidget::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    describe();
}

QString ChartWidget::emptyText() const
{
    return m_empty->text();
}

void ChartWidget::setTimeSpec(Qt::TimeSpec spec)
{
    m_spec = spec == Qt::LocalTime ? Qt::LocalTime : Qt::UTC;
    updateTimeAxis();
    describe();
}

void ChartWidget::setMaxPointsPerSeries(qsizetype n)
{
    m_maxPoints = std::max<qsizetype>(n, 4);
}

void ChartWidget::setLines(const std::vector<ChartSeries> &series)
{
    resetChart();
    std::vector<const ChartSeries *> shown;
    std::vector<Summary> summary;
    for (const ChartSeries &s : series) {
        if (!s.points.empty()) {
            shown.push_back(&s);
            summary.push_back(summarize(s));
        }
    }
    if (shown.empty()) {
        present({});
        return;
    }

    const QHash<QString, QValueAxis *> valueAxes = addAxes(summary, ValueTitle::NameAndUnit);
    for (const ChartSeries *s : shown) {
        auto *line = new QLineSeries;
        line->setName(s->name);
        line->replace(toList(ChartData::downsample(s->points, m_maxPoints)));
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(valueAxes.value(s->unit));
    }
    m_chart->legend()->setVisible(shown.size() > 1);
    present(std::move(summary));
}

void ChartWidget::setBars(const ChartSeries &series, qint64 bucketMs, TimeWindow window)
{
    resetChart();
    if (series.points.empty()) {
        present({});
        return;
    }

    // The bars as one step outline: across the top of each bar, down to 0 only where the next bar does not follow
    // on at once (adjacent hours share an edge: no up-and-down strokes between them, which are slow to paint).
    ChartSeries outline{series.name, series.unit, {}};
    outline.points.reserve(2 * series.points.size() + 2);
    const double width = double(bucketMs);
    for (size_t i = 0; i < series.points.size(); ++i) {
        const QPointF &p = series.points[i];
        if (i == 0 || series.points[i - 1].x() + width < p.x())
            outline.points.emplace_back(p.x(), 0.0);
        outline.points.emplace_back(p.x(), p.y());
        outline.points.emplace_back(p.x() + width, p.y());
        if (i + 1 == series.points.size() || series.points[i + 1].x() > p.x() + width)
            outline.points.emplace_back(p.x() + width, 0.0);
    }
    const QHash<QString, QValueAxis *> valueAxes = addAxes({summarize(outline)}, ValueTitle::Unit, window);

    auto *upper = new QLineSeries;
    upper->replace(toList(ChartData::downsample(outline.points, m_maxPoints)));
    auto *area = new QAreaSeries(upper); // a child of `upper` until the chart takes it
    area->setName(series.name);
    m_chart->addSeries(area);
    upper->setParent(area);
    area->attachAxis(m_timeAxis);
    area->attachAxis(valueAxes.value(series.unit));
    m_chart->legend()->setVisible(false);
    present({summarize(series)});
}

void ChartWidget::clear()
{
    resetChart();
    present({});
}

bool ChartWidget::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_emptyPage;
}

QString ChartWidget::timeAxisTitle() const
{
    return m_timeAxis ? m_timeAxis->titleText() : QString();
}

QStringList ChartWidget::valueAxisTitles() const
{
    QStringList titles;
    const QList<QAbstractAxis *> axes = m_chart->axes(Qt::Vertical);
    for (const QAbstractAxis *a : axes)
        titles << a->titleText();
    return titles;
}

QStringList ChartWidget::timeAxisLabels() const
{
    return m_timeAxis ? m_timeAxis->categoriesLabels() : QStringList();
}

QStringList ChartWidget::valueAxisLabelFormats() const
{
    QStringList formats;
    const QList<QAbstractAxis *> axes = m_chart->axes(Qt::Vertical);
    for (const QAbstractAxis *a : axes) {
        if (const auto *v = qobject_cast<const QValueAxis *>(a))
            formats << v->labelFormat();
    }
    return formats;
}

QRectF ChartWidget::plotArea() const
{
    if (isEmptyStateShown())
        return {};
    return fromScene(m_chart->mapRectToScene(m_chart->plotArea()));
}

// Qt Charts keeps an axis title in a text item of the scene; found by its text.
QRectF ChartWidget::timeAxisTitleRect() const
{
    if (isEmptyStateShown() || !m_timeAxis)
        return {};
    const QList<QGraphicsItem *> items = m_view->scene()->items();
    for (const QGraphicsItem *item : items) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText() != m_timeAxis->titleText())
            continue;
        return fromScene(text->sceneBoundingRect());
    }
    return {};
}

QRectF ChartWidget::fromScene(const QRectF &r) const
{
    const QWidget *viewport = m_view->viewport();
    return QRectF(viewport->mapTo(this, m_view->mapFromScene(r.topLeft())),
                  viewport->mapTo(this, m_view->mapFromScene(r.bottomRight())));
}

QList<qsizetype> ChartWidget::drawnPointCounts() const
{
    QList<qsizetype> counts;
    const QList<QAbstractSeries *> all = m_chart->series();
    for (const QAbstractSeries *s : all) {
        if (const auto *area = qobject_cast<const QAreaSeries *>(s))
            counts << area->upperSeries()->count();
        else if (const auto *xy = qobject_cast<const QXYSeries *>(s))
            counts << xy->count();
    }
    return counts;
}

void ChartWidget::resetChart()
{
    m_chart->removeAllSeries(); // deletes them
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *a : axes) {
        m_chart->removeAxis(a);
        delete a;
    }
    m_timeAxis = nullptr;
}

ChartWidget::Summary ChartWidget::summarize(const ChartSeries &s)
{
    return {s.name, s.unit, qsizetype(s.points.size()), ChartData::bounds(s.points)};
}

// The time axis over all series (and `window` when not empty), and one value axis per unit (the first unit's on
// the left, the others on the right) from 0, or the lowest value when it is negative, up to the highest value of
// that unit's series, with round ticks labelled without needless decimals.
QHash<QString, QValueAxis *> ChartWidget::addAxes(const std::vector<Summary> &series, ValueTitle title,
                                                  TimeWindow window)
{
    double minX = series.front().bounds.minX;
    double maxX = series.front().bounds.maxX;
    for (const Summary &s : series) {
        minX = std::min(minX, s.bounds.minX);
        maxX = std::max(maxX, s.bounds.maxX);
    }
    if (!window.isEmpty()) {
        minX = std::min(minX, double(window.from));
        maxX = std::max(maxX, double(window.to));
    }
    if (maxX <= minX) { // a single moment: show the hour around it
        minX -= double(ChartData::kHourMs) / 2;
        maxX += double(ChartData::kHourMs) / 2;
    }
    m_minX = minX;
    m_maxX = maxX;
    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    updateTimeAxis();

    QHash<QString, QValueAxis *> axes;
    for (const Summary &first : series) {
        if (axes.contains(first.unit))
            continue;
        double low = 0;
        double high = 0;
        QStringList names;
        for (const Summary &s : series) {
            if (s.unit == first.unit) {
                low = std::min(low, s.bounds.minY);
                high = std::max(high, s.bounds.maxY);
                names << s.name;
            }
        }
        auto *axis = new QValueAxis;
        axis->setRange(low, high > low ? high : low + 1);
        axis->applyNiceNumbers();
        axis->setLabelFormat(labelFormat(*axis));
        //: axis title: quantity (unit), e.g. "Energy (kWh)"
        axis->setTitleText(names.size() == 1 && title == ValueTitle::NameAndUnit
                               ? tr("%1 (%2)").arg(names.front(), first.unit)
                               : first.unit);
        m_chart->addAxis(axis, axes.isEmpty() ? Qt::AlignLeft : Qt::AlignRight);
        axes.insert(first.unit, axis);
    }
    return axes;
}

// Ticks and title of the time axis for the current time spec: round times of UTC or local wall-clock time.
void ChartWidget::updateTimeAxis()
{
    if (!m_timeAxis)
        return;
    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString &label : old)
        m_timeAxis->remove(label);
    m_timeAxis->setStartValue(m_minX);
    const std::vector<TimeTick> ticks = ChartData::timeTicks(qint64(m_minX), qint64(m_maxX), m_spec);
    for (const TimeTick &t : ticks) {
        if (!m_timeAxis->categoriesLabels().contains(t.label)) // a repeated local hour (end of summer time)
            m_timeAxis->append(t.label, double(t.msecs));
    }
    m_timeAxis->setRange(m_minX, m_maxX);
    m_timeAxis->setTitleText(ChartData::timeAxisTitle(m_spec));
}

// The chart with `series` (already on it), or the empty state when there are none.
void ChartWidget::present(std::vector<Summary> &&series)
{
    m_summary = std::move(series);
    m_stack->setCurrentWidget(m_summary.empty() ? m_emptyPage : static_cast<QWidget *>(m_view));
    describe();
}

// The accessible description: the empty text, or per series its extent (in the zone shown), lowest and highest
// value.
void ChartWidget::describe()
{
    if (m_summary.empty()) {
        setAccessibleDescription(m_empty->text());
        return;
    }
    QStringList parts;
    for (const Summary &s : m_summary) {
        //: accessible summary of one chart line: %1 name, %2 number of points, %3 and %4 times, %5 lowest and
        //: %6 highest value, %7 unit
        parts << tr("%1: %2 points from %3 to %4, lowest %5 %7, highest %6 %7")
                     .arg(s.name, QLocale().toString(s.points),
                          SessionFormat::formatDateTime(qint64(s.bounds.minX), m_spec),
                          SessionFormat::formatDateTime(qint64(s.bounds.maxX), m_spec), number(s.bounds.minY),
                          number(s.bounds.maxY), s.unit);
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

} // namespace Views
