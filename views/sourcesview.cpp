#include "sourcesview.h"

#include <QtGui/QAction>
#include <QtGui/QColor>
#include <QtGui/QKeySequence>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace Views {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
enum Column { Name, Sessions, State };
} // namespace

SourcesView::SourcesView(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_clear(new QPushButton(tr("Clear so&urce"), this)),
      m_showOnly(new QPushButton(tr("Show onl&y this source"), this)), m_stop(new QPushButton(tr("Stop &watching"), this))
{
    m_tree->setAccessibleName(tr("Sources"));
    m_tree->setHeaderLabels({tr("Source"), tr("Sessions"), tr("State")});
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(Name, 260);
    m_tree->setColumnWidth(Sessions, 80);

    m_clear->setAccessibleName(tr("Clear source"));
    m_clear->setToolTip(tr("Remove this source's sessions from the table (Delete); a file can be opened again"));
    m_showOnly->setAccessibleName(tr("Show only this source"));
    m_showOnly->setToolTip(tr("Filter the table to this source's sessions"));
    m_stop->setAccessibleName(tr("Stop watching this endpoint"));
    m_stop->setToolTip(tr("Stop polling this endpoint; its sessions stay in the table until you clear the source"));
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (currentSourceId() >= 0)
            Q_EMIT stopRequested(currentSourceId());
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (currentSourceId() >= 0)
            Q_EMIT clearRequested(currentSourceId());
    });
    connect(m_showOnly, &QPushButton::clicked, this, [this] {
        if (currentSourceId() >= 0)
            Q_EMIT showOnlyRequested(currentSourceId());
    });
    auto *clearKey = new QAction(this);
    clearKey->setShortcut(QKeySequence::Delete);
    clearKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clearKey, &QAction::triggered, m_clear, &QPushButton::click);
    m_tree->addAction(clearKey);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SourcesView::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showOnly);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    updateButtons();
}

QTreeWidgetItem *SourcesView::itemOf(int id) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(Name, kIdRole).toInt() == id)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

void SourcesView::setSource(const Source &source)
{
    QTreeWidgetItem *item = itemOf(source.id);
    if (!item) {
        item = new QTreeWidgetItem(m_tree);
        item->setData(Name, kIdRole, source.id);
    }
    item->setData(Sessions, kIdRole, source.watched);
    const QString kind = source.kind == Kind::Endpoint ? tr("Endpoint") : tr("File");
    item->setText(Name, source.name);
    item->setToolTip(Name, kind + QStringLiteral(": ") + source.location);
    item->setText(Sessions, QLocale().toString(source.sessions));
    item->setTextAlignment(Sessions, Qt::AlignRight | Qt::AlignVCenter);
    // Failure in words first, colour second.
    item->setText(State, source.failed ? tr("FAILED: %1").arg(source.state) : source.state);
    item->setToolTip(State, item->text(State));
    item->setForeground(State, source.failed ? QColor(0xb0, 0x00, 0x20) : m_tree->palette().color(QPalette::Text));
    qDeleteAll(item->takeChildren());
    for (const Ocpi::Finding &f : source.findings) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(Name, QString(Ocpi::severityName(f.severity)).toUpper() + QStringLiteral(" ") + f.code);
        child->setText(State, f.message + QStringLiteral(" [") + f.spec + u']');
        child->setToolTip(State, child->text(State));
        child->setData(Name, kIdRole, source.id);
    }
    item->setExpanded(true);
    if (!m_tree->currentItem())
        m_tree->setCurrentItem(item);
    updateButtons();
}

void SourcesView::removeSource(int id)
{
    delete itemOf(id);
    updateButtons();
}

int SourcesView::currentSourceId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(Name, kIdRole).toInt() : -1;
}

void SourcesView::setCurrentSource(int id)
{
    if (QTreeWidgetItem *item = itemOf(id))
        m_tree->setCurrentItem(item);
}

void SourcesView::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QTreeWidgetItem *top = item && item->parent() ? item->parent() : item;
    m_stop->setEnabled(top && top->data(Sessions, kIdRole).toBool());
    m_clear->setEnabled(currentSourceId() >= 0);
    m_showOnly->setEnabled(currentSourceId() >= 0);
}

} // namespace Views
