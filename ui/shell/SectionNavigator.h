// The list of the shown form's sections beside it: each section's title with
// its error and warning counts, the current page, and View ▸ Next / Previous
// Section. Follows whichever document type's form the window shows.
#pragma once

#include <QListWidget>
#include <QPointer>

namespace proserv {

class DocumentForm;

class SectionNavigator : public QListWidget {
    Q_OBJECT

public:
    explicit SectionNavigator(QWidget* parent = nullptr);

    // Lists `form`'s sections and follows its page and counts.
    void setForm(DocumentForm* form);
    void showNext();
    void showPrevious();

private:
    void updateLabels();

    QPointer<DocumentForm> m_form;
};

} // namespace proserv
