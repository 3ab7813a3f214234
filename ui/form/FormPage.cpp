#include "ui/form/FormPage.h"
#include "ui/form/FullLengthEditing.h"
#include "ui/form/Mnemonics.h"

#include "qtsupport/Translation.h"
#include "ui/document/FieldDocument.h"
#include "ui/form/FieldBindings.h"
#include "ui/form/FieldBlock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace proserv {

namespace {

// In a scrolling form the mouse wheel scrolls the page; it must not change
// a combo box or spin box that merely sits under the pointer (Tiled's rule).
class WheelGuard : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Wheel && !static_cast<QWidget*>(watched)->hasFocus()) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

// A click on a check box's statement ticks the box (when it takes input).
class ClickTicksBox : public QObject {
public:
    ClickTicksBox(QCheckBox* box, QObject* parent) : QObject(parent), m_box(box) { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::MouseButtonRelease
            && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton && m_box->isEnabled()) {
            m_box->setFocus(Qt::MouseFocusReason);
            m_box->click();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCheckBox* m_box;
};

// A page's size hint would lay out all of its fields (and their word-wrapped
// help texts) — for every hidden page of the stack, at start-up. The page
// scrolls anyway, so a fixed hint is as good and costs nothing.
class PageScrollArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override { return {820, 600}; }
    // The shown page asks for the width its content needs (buttons,
    // counters, table columns): side panels make room for it instead of
    // squeezing it into a horizontal scrollbar. The stack asks every page;
    // a hidden one asks for little, so start-up lays out none of them.
    QSize minimumSizeHint() const override
    {
        if (!isVisible() || !widget())
            return {320, 200};
        const int content = widget()->minimumSizeHint().width();
        return {content + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(), 200};
    }

protected:
    void showEvent(QShowEvent* event) override
    {
        QScrollArea::showEvent(event);
        updateGeometry(); // the window makes room for this page's width
    }
};

} // namespace

FormPage::FormPage(FieldDocument* document, const QString& title, const QString& intro)
    : m_document(document), m_title(title)
{
    m_scroll = new PageScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setObjectName(QStringLiteral("page:") + title);
    // The page's widgets follow the document: an edit, an undo or a reset
    // refreshes every binding at, above or below the changed pointer.
    QObject::connect(document, &FieldDocument::fieldChanged, m_scroll, [this](const QString& changed) {
        const std::string pointer = changed.toStdString();
        for (FieldBinding* binding : m_bindings)
            if (pointer.empty() || isPointerWithin(pointer, binding->pointer())
                || isPointerWithin(binding->pointer(), pointer))
                binding->refresh();
    });

    auto* outer = new QWidget;
    auto* centering = new QHBoxLayout(outer);
    centering->setContentsMargins(24, 20, 24, 24);
    m_content = new QWidget(outer);
    m_content->setMaximumWidth(860); // long lines are hard to read; keep the form a column
    centering->addWidget(m_content, 1);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(18);

    auto* heading = new QLabel(title, m_content);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.45);
    font.setBold(true);
    heading->setFont(font);
    m_layout->addWidget(heading);
    if (!intro.isEmpty()) {
        auto* introLabel = new QLabel(intro, m_content);
        introLabel->setWordWrap(true);
        m_layout->addWidget(introLabel);
    }
    m_scroll->setWidget(outer);
}

FieldBlock* FormPage::addBlock(const QString& label, const QString& help, QWidget* editor)
{
    auto* block = new FieldBlock(label, help, editor, m_content);
    m_layout->addWidget(block);
    return block;
}

// Combo and spin boxes keep their natural width at the left of the column;
// the wheel only changes them when they have the focus.
FieldBlock* FormPage::addCompactBlock(const QString& label, const QString& help, QWidget* control)
{
    control->setFocusPolicy(Qt::StrongFocus);
    control->installEventFilter(new WheelGuard(control));
    auto* row = new QWidget;
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(control);
    rowLayout->addStretch(1);
    row->setFocusProxy(control);
    FieldBlock* block = addBlock(label, help, row);
    control->setAccessibleName(row->accessibleName());
    block->setFocusTarget(control);
    return block;
}

void FormPage::addBinding(FieldBinding* binding)
{
    m_bindings.push_back(binding);
}

// Every field says where it goes: those that never leave the draft carry a
// mark, and a table column that stays behind says so in its header.
void FormPage::finish()
{
    for (FieldBinding* binding : m_bindings) {
        const FieldDestination* destination = m_document->rowOf(binding->pointer());
        if (destination && !destination->submitted())
            binding->block()->setDraftOnly(translatedSource(destination->keptFor));
    }
    if (!m_filled)
        m_layout->addStretch(1);
}

void FormPage::setFillsHeight(QWidget* block)
{
    m_layout->setStretchFactor(block, 1);
    m_filled = true;
}

void FormPage::setWide()
{
    m_content->setMaximumWidth(QWIDGETSIZE_MAX);
}

QLineEdit* FormPage::line(const QString& label, const QString& help, const std::string& pointer, int maxChars)
{
    auto* edit = new QLineEdit;
    keepTextWhole(edit);
    edit->setObjectName(QString::fromStdString(pointer));
    FieldBlock* block = addBlock(label, help, edit);
    addBinding(new LineEditBinding(m_document, pointer, block, edit, maxChars));
    return edit;
}

QPlainTextEdit* FormPage::text(
    const QString& label, const QString& help, const std::string& pointer, int maxChars, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(QString::fromStdString(pointer));
    edit->setTabChangesFocus(true); // Tab moves on; a listing never needs tab characters
    // As tall as the text it is meant for, not as tall as the page allows.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 10);
    FieldBlock* block = addBlock(label, help, edit);
    addBinding(new TextEditBinding(m_document, pointer, block, edit, maxChars));
    return edit;
}

QCheckBox* FormPage::check(
    const QString& label, const QString& statement, const QString& help, const std::string& pointer)
{
    // The box, and its statement beside it wrapping like any paragraph: a
    // check box's own text never wraps, and one German attestation made its
    // page 880 px wide. A click on the statement ticks the box, as on a
    // check box's text; its Alt+letter goes to the box.
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* box = new QCheckBox(row);
    box->setObjectName(QString::fromStdString(pointer));
    auto* text = new QLabel(statement, row);
    text->setObjectName(QStringLiteral("statement"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setBuddy(box);
    text->installEventFilter(new ClickTicksBox(box, text));
    layout->addWidget(box, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    FieldBlock* block = addBlock(label, help, row);
    block->setFocusTarget(box);
    row->setAccessibleName(mnemonics::plainText(statement)); // after addBlock, which names it by its label
    box->setAccessibleName(row->accessibleName());
    addBinding(new CheckBinding(m_document, pointer, block, box));
    return box;
}

QComboBox* FormPage::choice(
    const QString& label, const QString& help, const std::string& pointer, const QList<QPair<QString, QString>>& items)
{
    auto* combo = new QComboBox;
    combo->setObjectName(QString::fromStdString(pointer));
    for (const auto& [shown, stored] : items)
        combo->addItem(shown, stored);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    FieldBlock* block = addCompactBlock(label, help, combo);
    addBinding(new ChoiceBinding(m_document, pointer, block, combo));
    return combo;
}

QSpinBox* FormPage::optionalNumber(const QString& label, const QString& help, const std::string& pointer, int maximum,
    const std::function<QString(int)>& unit)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(QString::fromStdString(pointer));
    spin->setRange(-1, maximum);
    spin->setSpecialValueText(QObject::tr("Not set"));
    spin->setSuffix(unit(spin->value()));
    QObject::connect(spin, &QSpinBox::valueChanged, spin, [spin, unit](int value) { spin->setSuffix(unit(value)); });
    FieldBlock* block = addCompactBlock(label, help, spin);
    addBinding(new OptionalNumberBinding(m_document, pointer, block, spin));
    return spin;
}

StringListEditor* FormPage::list(
    const QString& label, const QString& help, const std::string& pointer, const QString& itemName)
{
    auto* editor = new StringListEditor(itemName);
    editor->setObjectName(QString::fromStdString(pointer));
    FieldBlock* block = addBlock(label, help, editor);
    editor->list()->setAccessibleName(editor->accessibleName());
    block->setFocusTarget(editor->list());
    addBinding(new StringListBinding(m_document, pointer, block, editor));
    return editor;
}

RecordTableEditor* FormPage::table(const QString& label, const QString& help, const std::string& pointer,
    const QString& itemName, const QList<TableColumn>& columns, const std::string& newRecordJson)
{
    auto* editor = new RecordTableEditor(itemName, columns);
    editor->setObjectName(QString::fromStdString(pointer));
    // A column is marked when it stays behind while its table is submitted
    // (a draft-only table carries the mark on the whole field instead).
    // Such a column is the seller's bookkeeping: a new row takes the row
    // above's value rather than making them retype it.
    const FieldDestination* whole = m_document->rowOf(pointer);
    std::vector<std::string> keysFromRowAbove;
    for (int c = 0; c < columns.size() && !(whole && !whole->submitted()); ++c) {
        const FieldDestination* destination = m_document->rowOf(pointer + "/0/" + columns[c].key.toStdString());
        if (!destination || destination->submitted())
            continue;
        keysFromRowAbove.push_back(columns[c].key.toStdString());
        QTableWidgetItem* header = editor->table()->horizontalHeaderItem(c);
        // On a second line: the mark does not make the column twice as wide.
        header->setText(QObject::tr("%1\n(draft only)").arg(header->text()));
        header->setToolTip(QObject::tr("Kept in your draft — not sent to AWS Marketplace. Where it matters instead: %1")
                               .arg(translatedSource(destination->keptFor)));
    }
    editor->fitColumnsToTitles(); // the titles may have grown a "(draft only)"
    FieldBlock* block = addBlock(label, help, editor);
    editor->table()->setAccessibleName(editor->accessibleName());
    block->setFocusTarget(editor->table());
    addBinding(new RecordTableBinding(
        m_document, pointer, block, editor, Json::parse(newRecordJson), std::move(keysFromRowAbove)));
    return editor;
}

} // namespace proserv
