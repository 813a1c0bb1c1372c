#include "trafficview.h"

#include "trafficexport.h"
#include "trafficmodel.h"

#include "net/client/trafficlog.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtGui/QKeySequence>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace Views {

const QString TrafficView::kCapacityKey = QStringLiteral("traffic/capacity");

TrafficView::TrafficView(QWidget *parent)
    : QWidget(parent), m_model(new TrafficModel(this)), m_table(new QTableView(this)),
      m_details(new QPlainTextEdit(this)), m_showBody(new QCheckBox(tr("Show &body"), this)),
      m_capacity(new QSpinBox(this)), m_summary(new QLabel(this)),
      m_copyButton(new QPushButton(tr("Cop&y exchange"), this)),
      m_exportButton(new QPushButton(tr("E&xport HAR…"), this)),
      m_clearButton(new QPushButton(tr("C&lear"), this)), m_copy(new QAction(tr("Copy exchange"), this)),
      m_export(new QAction(tr("Export HAR…"), this)), m_clear(new QAction(tr("Clear traffic"), this))
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("HTTP exchanges"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TrafficModel::Time, 170);
    m_table->setColumnWidth(TrafficModel::Url, 380);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Exchange details"));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an exchange to see its headers and body."));

    m_showBody->setAccessibleName(tr("Show the response body"));
    m_showBody->setToolTip(tr("Show the selected exchange's response body, pretty-printed when it is JSON"));
    m_showBody->setChecked(true);

    m_capacity->setAccessibleName(tr("Keep last N exchanges"));
    m_capacity->setRange(10, Ocpi::Net::TrafficLog::kMaxCapacity);
    m_capacity->setSingleStep(100);
    m_capacity->setValue(QSettings().value(kCapacityKey, Ocpi::Net::TrafficLog::kDefaultCapacity).toInt());
    m_capacity->setToolTip(tr("The oldest exchanges are dropped beyond this number"));
    if (auto *edit = m_capacity->findChild<QLineEdit *>())
        edit->setAccessibleName(m_capacity->accessibleName()); // what a screen reader reads while typing
    auto *capacityLabel = new QLabel(tr("&Keep last"), this);
    capacityLabel->setBuddy(m_capacity);
    //: "Keep last [500] exchanges"
    auto *capacityUnit = new QLabel(tr("exchanges"), this);
    m_summary->setAccessibleName(tr("Traffic summary"));

    // Actions: for the context menu and the keyboard; the buttons do the same.
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_copy->setToolTip(tr("Copy the selected exchange (redacted) to the clipboard"));
    m_table->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &TrafficView::copyCurrent);
    connect(m_export, &QAction::triggered, this, &TrafficView::chooseExport);
    connect(m_clear, &QAction::triggered, this, [this] {
        if (m_log)
            m_log->clear();
    });
    m_copyButton->setAccessibleName(tr("Copy exchange"));
    m_copyButton->setToolTip(m_copy->toolTip());
    m_exportButton->setAccessibleName(tr("Export HAR"));
    m_exportButton->setToolTip(tr("Save every exchange held (redacted) as a HAR file for a support case"));
    m_clearButton->setAccessibleName(tr("Clear traffic"));
    m_clearButton->setToolTip(tr("Forget the exchanges recorded so far"));
    connect(m_copyButton, &QPushButton::clicked, m_copy, &QAction::trigger);
    connect(m_exportButton, &QPushButton::clicked, m_export, &QAction::trigger);
    connect(m_clearButton, &QPushButton::clicked, m_clear, &QAction::trigger);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_copy);
        menu.addAction(m_export);
        menu.addSeparator();
        menu.addAction(m_clear);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_copyButton);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_clearButton);
    bar->addWidget(m_showBody);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    bar->addWidget(capacityLabel);
    bar->addWidget(m_capacity);
    bar->addWidget(capacityUnit);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    setTabOrder(m_table, m_details);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrafficView::showCurrent);
    connect(m_showBody, &QCheckBox::toggled, this, &TrafficView::showCurrent);
    connect(m_capacity, &QSpinBox::valueChanged, this, &TrafficView::onCapacityChanged);
    // Follow new exchanges while the table is scrolled to its end.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_table->verticalScrollBar();
        m_follow = bar->value() == bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrafficView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showCurrent();
        updateActions();
    });
    updateActions();
}

TrafficView::~TrafficView()
{
    m_model->setLog(nullptr);
}

void TrafficView::setLog(std::shared_ptr<Ocpi::Net::TrafficLog> log)
{
    m_model->setLog(log.get());
    m_log = std::move(log);
    if (m_log)
        m_log->setCapacity(m_capacity->value());
    updateActions();
}

void TrafficView::setTimeSpec(Qt::TimeSpec spec)
{
    m_spec = spec;
    m_model->setTimeSpec(spec);
    showCurrent();
}

void TrafficView::onCapacityChanged(int capacity)
{
    QSettings().setValue(kCapacityKey, capacity);
    if (m_log) {
        m_log->setCapacity(capacity);
        m_model->refresh(); // the rows dropped go now
    }
}

void TrafficView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        updateActions();
        return;
    }
    // The body is at most TrafficLog::maxBodyBytes() (256 KB by default): formatted here, only when shown.
    const Ocpi::Net::Exchange &exchange = m_model->exchangeAt(current.row());
    m_details->setPlainText(TrafficExport::exchangeText(exchange, m_spec, m_showBody->isChecked()));
    updateActions();
}

void TrafficView::updateActions()
{
    const bool any = m_model->rowCount() > 0;
    const bool current = m_table->currentIndex().isValid();
    m_copy->setEnabled(current);
    m_copyButton->setEnabled(current);
    m_export->setEnabled(any);
    m_exportButton->setEnabled(any);
    m_clear->setEnabled(any);
    m_clearButton->setEnabled(any);
    m_summary->setText(tr("%n exchange(s)", nullptr, m_model->rowCount()));
}

void TrafficView::copyCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    QGuiApplication::clipboard()->setText(TrafficExport::exchangeText(m_model->exchangeAt(current.row()), m_spec));
}

bool TrafficView::exportHar(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(TrafficExport::har(m_model->exchanges(), QCoreApplication::applicationVersion()));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void TrafficView::chooseExport()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("traffic/exportDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export traffic as HAR"),
                                                      dir + QStringLiteral("/ocpi-traffic.har"),
                                                      tr("HAR files (*.har);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("traffic/exportDir"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportHar(path, &error))
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace Views
