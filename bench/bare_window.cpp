// The yardstick for start-up: a bare Qt Widgets window with a 40-field form,
// quitting after its first paint like `proserv-editor --quit-after-first-paint`.
#include <QApplication>

#include <QFormLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QTimer>
#include <QWidget>
#include <cstdlib>

namespace {
class QuitAfterPaint : public QObject {
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            // Right after this paint is flushed: exit without tearing the window
            // down, so the measurement ends at the first paint (bench/startup.sh).
            QTimer::singleShot(0, [] { std::_Exit(0); });
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QScrollArea window;
    auto* form = new QWidget;
    auto* layout = new QFormLayout(form);
    for (int i = 0; i < 40; ++i)
        layout->addRow(QStringLiteral("Field %1").arg(i + 1), new QLineEdit(QStringLiteral("value %1").arg(i + 1)));
    window.setWidget(form);
    window.resize(1280, 860);
    window.installEventFilter(new QuitAfterPaint);
    window.show();
    return QApplication::exec();
}
