#include "MainWindow.h"

#include "config/AppSettings.h"

#include <QLabel>
#include <QVBoxLayout>

MainWindow::MainWindow(AppSettings *settings, const QString &dataDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_dataDirectory(dataDirectory)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PKB Link"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_status = new QLabel(central);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setCentralWidget(central);

    const auto environment = m_settings->environmentConfig();
    if (environment.ok())
        m_status->setText(
            tr("Connected to PKB at %1").arg(environment.value().baseUrl.toDisplayString()));
    else
        m_status->setText(environment.error().userMessage);
    resize(900, 680);
}

MainWindow::~MainWindow() = default;

void MainWindow::showStartupError(const QString &message)
{
    m_status->setText(message);
}
