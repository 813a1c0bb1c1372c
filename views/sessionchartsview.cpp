#include "sessionchartsview.h"

#include "chartdata.h"
#include "chartwidget.h"
#include "sessiontablemodel.h"

#include <QtWidgets/QVBoxLayout>

namespace Views {

SessionChartsView::SessionChartsView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new ChartWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart);
    setAccessibleName(tr("Session charts"));
    clear();
}

void SessionChartsView::setSession(const Ocpi::Session &s)
{
    const QString key = SessionTableModel::keyOf(s);
    //: chart title; %1 is the session's key, e.g. NL*STK*S1
    m_chart->setTitle(key.isEmpty() ? tr("Charging of the selected session") : tr("Charging of %1").arg(key));
    m_chart->setEmptyText(tr("No charging periods"));
    ChartData::SessionSeries series = ChartData::sessionSeries(s);
    std::vector<ChartSeries> lines; // moved in: an initializer list would copy every point
    lines.reserve(3);
    lines.push_back(std::move(series.energy));
    lines.push_back(std::move(series.power));
    lines.push_back(std::move(series.stateOfCharge));
    m_chart->setLines(lines);
}

void SessionChartsView::clear()
{
    m_chart->setTitle(tr("Charging of the selected session"));
    m_chart->setEmptyText(tr("No session selected"));
    m_chart->clear();
}

void SessionChartsView::setTimeSpec(Qt::TimeSpec spec)
{
    m_chart->setTimeSpec(spec);
}

} // namespace Views
