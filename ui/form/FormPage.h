// Builds one section of the form: a scrolling page of FieldBlocks, each bound
// to a field by JSON Pointer. Every editor's objectName is its pointer, so
// tests and the Problems list find fields the same way.
#pragma once

#include "ui/form/ListEditors.h"

#include <QList>
#include <QString>

#include <functional>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;
class QWidget;

namespace proserv {

class FieldBinding;
class FieldBlock;
class FieldDocument;

class FormPage {
public:
    FormPage(FieldDocument* document, const QString& title, const QString& intro);

    QScrollArea* scrollArea() const { return m_scroll; }
    QWidget* content() const { return m_content; }
    const std::vector<FieldBinding*>& bindings() const { return m_bindings; }
    QString title() const { return m_title; }

    QLineEdit* line(const QString& label, const QString& help, const std::string& pointer, int maxChars = 0);
    QPlainTextEdit* text(
        const QString& label, const QString& help, const std::string& pointer, int maxChars = 0, int lines = 4);
    QCheckBox* check(const QString& label, const QString& statement, const QString& help, const std::string& pointer);
    QComboBox* choice(const QString& label, const QString& help, const std::string& pointer,
        const QList<QPair<QString, QString>>& items); // (shown text, stored value)
    // `unit(n)` is the text after the number n, in its plural form
    // (tr(" business day(s)", "", n)): "1 business day", "2 business days".
    QSpinBox* optionalNumber(const QString& label, const QString& help, const std::string& pointer, int maximum,
        const std::function<QString(int)>& unit);
    StringListEditor* list(
        const QString& label, const QString& help, const std::string& pointer, const QString& itemName);
    RecordTableEditor* table(const QString& label, const QString& help, const std::string& pointer,
        const QString& itemName, const QList<TableColumn>& columns, const std::string& newRecordJson);

    // For composite editors built by the caller (logo picker, Markdown tabs…).
    FieldBlock* addBlock(const QString& label, const QString& help, QWidget* editor);
    void addBinding(FieldBinding* binding);
    void finish(); // adds the closing stretch
    void setWide(); // for pages that are one big table: use the full width
    // The block takes the height the page has left, instead of the page
    // ending in empty space (a page that is one big table fits the window).
    void setFillsHeight(QWidget* block);

private:
    FieldBlock* addCompactBlock(const QString& label, const QString& help, QWidget* control);

    FieldDocument* m_document;
    QString m_title;
    QScrollArea* m_scroll;
    QWidget* m_content;
    QVBoxLayout* m_layout;
    std::vector<FieldBinding*> m_bindings;
    bool m_filled = false;
};

} // namespace proserv
