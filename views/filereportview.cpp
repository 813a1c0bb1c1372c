#include "filereportview.h"

#include "findingsmodel.h"
#include "severityproxy.h"

#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTextEdit>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace Views {

namespace {
enum Column { ColItem, ColSeverity, ColPath, ColCode, ColMessage, ColSpec, ColCount };

void addFinding(QTreeWidgetItem *parent, const Ocpi::Finding &f)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(ColSeverity, FindingsModel::severityText(f.severity));
    item->setForeground(ColSeverity, SeverityProxy::textColor(f.severity));
    item->setText(ColPath, FindingsModel::pathText(f.path));
    item->setText(ColCode, f.code);
    item->setText(ColMessage, f.message);
    item->setToolTip(ColMessage, f.message);
    item->setText(ColSpec, f.spec);
}
} // namespace

FileReportView::FileReportView(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_tree(new QTreeWidget(this)), m_details(new QTextEdit(this))
{
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headline->setAccessibleName(tr("File summary"));
    m_tree->setColumnCount(ColCount);
    m_tree->setHeaderLabels({tr("Session"), tr("Severity"), tr("Path"), tr("Rule"), tr("Message"), tr("Spec section")});
    m_tree->setAccessibleName(tr("Sessions and findings"));
    m_tree->setAccessibleDescription(tr("Each session read from the file, with the problems found in it"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ColMessage, QHeaderView::Stretch);
    m_tree->setColumnWidth(ColItem, 190);
    m_tree->setColumnWidth(ColSeverity, 75);
    m_tree->setColumnWidth(ColPath, 250);
    m_tree->setColumnWidth(ColCode, 190);
    m_tree->setColumnWidth(ColSpec, 230);

    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Selected finding"));
    m_details->setPlaceholderText(tr("Select a finding to read it in full."));
    m_details->setMaximumHeight(110);
    m_details->setTabChangesFocus(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item) {
            m_details->clear();
            return;
        }
        QString text;
        for (int c = 0; c < ColCount; ++c) {
            if (!item->text(c).isEmpty())
                text += QStringLiteral("<b>%1</b>: %2<br>").arg(m_tree->headerItem()->text(c).toHtmlEscaped(), item->text(c).toHtmlEscaped());
        }
        m_details->setHtml(text);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    clear();
}

void FileReportView::clear(const QString &title)
{
    m_tree->clear();
    m_details->clear();
    m_title = title;
    m_sessions = m_invalid = m_errors = m_warnings = 0;
    m_done = false;
    updateHeadline();
}

void FileReportView::addRecords(const QList<Ocpi::RecordResult> &records)
{
    for (const Ocpi::RecordResult &r : records) {
        const Ocpi::Session &s = r.session;
        ++m_sessions;
        m_invalid += s.isValid() ? 0 : 1;
        m_errors += s.errorCount;
        m_warnings += s.warningCount;
        if (m_tree->topLevelItemCount() >= kMaxRows)
            continue;
        auto *item = new QTreeWidgetItem(m_tree);
        const QString id = s.has(Ocpi::Session::Field::Id) ? s.text(Ocpi::Session::Field::Id) : tr("(no id)");
        item->setText(ColItem, tr("#%1  %2  (line %3)").arg(r.index).arg(id).arg(s.source.line));
        if (s.isValid()) {
            item->setText(ColSeverity, tr("Valid"));
            item->setForeground(ColSeverity, QColor(0x1b, 0x6e, 0x20));
        } else {
            item->setText(ColSeverity, tr("Invalid"));
            item->setForeground(ColSeverity, SeverityProxy::textColor(Ocpi::Severity::Error));
        }
        item->setText(ColMessage, tr("%n error(s)", nullptr, s.errorCount) + QLatin1String(", ")
                                      + tr("%n warning(s)", nullptr, s.warningCount));
        for (const Ocpi::Finding &f : r.findings)
            addFinding(item, f);
        if (!s.isValid())
            item->setExpanded(true);
    }
    updateHeadline();
}

void FileReportView::setSummary(const Ocpi::ReadSummary &summary)
{
    m_done = true;
    if (summary.error || !summary.fileFindings.isEmpty()) {
        auto *item = new QTreeWidgetItem;
        item->setText(ColItem, tr("File"));
        if (summary.error) {
            item->setText(ColSeverity, FindingsModel::severityText(Ocpi::Severity::Error));
            item->setForeground(ColSeverity, SeverityProxy::textColor(Ocpi::Severity::Error));
            item->setText(ColCode, summary.error->code);
            item->setText(ColMessage, summary.error->message);
            item->setToolTip(ColMessage, summary.error->message);
        }
        for (const Ocpi::Finding &f : summary.fileFindings)
            addFinding(item, f);
        m_tree->insertTopLevelItem(0, item);
        item->setExpanded(true);
    }
    if (summary.cancelled)
        m_title += tr(" (cancelled)");
    updateHeadline();
    // Start where the problems are: the first finding, or the first row.
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0) {
        QTreeWidgetItem *first = m_tree->topLevelItem(0);
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            if (m_tree->topLevelItem(i)->childCount() > 0) {
                first = m_tree->topLevelItem(i)->child(0);
                break;
            }
        }
        m_tree->setCurrentItem(first);
    }
}

void FileReportView::updateHeadline()
{
    if (m_title.isEmpty()) {
        m_headline->setText(tr("Open an OCPI Session JSON file (File ▸ Open, Ctrl+O) to check it against OCPI 2.2.1."));
        return;
    }
    QString text = tr("<b>%1</b>: %n session(s)", nullptr, int(std::min<qint64>(m_sessions, INT_MAX))).arg(m_title.toHtmlEscaped());
    text += QStringLiteral(" · ") + tr("%1 valid, %2 invalid").arg(m_sessions - m_invalid).arg(m_invalid);
    text += QStringLiteral(" · ") + tr("%1 error(s), %2 warning(s)").arg(m_errors).arg(m_warnings);
    if (m_sessions > kMaxRows)
        text += QStringLiteral(" · ") + tr("the first %1 are listed").arg(kMaxRows);
    if (!m_done)
        text += QStringLiteral(" · ") + tr("reading…");
    m_headline->setText(text);
}

} // namespace Views
