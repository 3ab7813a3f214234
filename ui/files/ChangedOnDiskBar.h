// The non-modal bar above the form that says the saved file was changed (or
// removed) by another program, with Reload and Keep Mine. Typing goes on
// while it shows; nothing is replaced until the user chooses.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace proserv {

class ChangedOnDiskBar : public QFrame {
    Q_OBJECT

public:
    explicit ChangedOnDiskBar(QWidget* parent = nullptr);

    void showChange(const QString& fileName, bool removed);
    QString message() const;
    QPushButton* reloadButton() const { return m_reload; }
    QPushButton* keepButton() const { return m_keep; }

signals:
    void reloadRequested();
    void keepRequested();

private:
    QLabel* m_text;
    QPushButton* m_reload;
    QPushButton* m_keep;
};

} // namespace proserv
