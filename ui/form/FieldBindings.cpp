#include "ui/form/FieldBindings.h"
#include "qtsupport/FieldNames.h"

#include <QTimer>
#include "ui/form/Mnemonics.h"
#include "ui/form/PlainToolTip.h"
#include "ui/form/TextUnderlines.h"

#include "model/FieldSpecs.h"
#include "qtsupport/Translation.h"

#include "model/FieldAccess.h"
#include "ui/document/FieldDocument.h"
#include "ui/form/FieldBlock.h"
#include "ui/form/ListEditors.h"
#include "validation/TextTools.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBlock>

#include <algorithm>
#include <utility>

namespace proserv {

namespace {

QString toQString(const Json& value)
{
    if (value.is_number())
        return QString::fromStdString(value.dump()); // a quantity
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

int codePoints(const QString& text)
{
    return static_cast<int>(text.toUcs4().size());
}

// UTF-8 byte offset in `utf8` → position in the QString (UTF-16) of the same text.
int utf16Position(const std::string& utf8, std::size_t byteOffset)
{
    return static_cast<int>(
        QString::fromUtf8(utf8.data(), static_cast<qsizetype>(std::min(byteOffset, utf8.size()))).size());
}

// A finding's byte range in `utf8` as [begin, end) in UTF-16 positions of
// the same text shown in an editor of `length` characters.
std::pair<int, int> utf16Span(const std::string& utf8, const TextRange& range, int length)
{
    const int begin = std::clamp(utf16Position(utf8, range.begin), 0, length);
    return {begin, std::clamp(utf16Position(utf8, range.end), begin, length)};
}

// Whether any finding underlines words of the field at `pointer` itself.
bool anyRangeIn(const std::vector<const Finding*>& findings, const std::string& pointer)
{
    return std::any_of(
        findings.begin(), findings.end(), [&](const Finding* f) { return f->range && f->pointer == pointer; });
}

QColor tintFor(const std::vector<const Finding*>& findings)
{
    bool error = false;
    for (const Finding* f : findings)
        error = error || f->severity == Severity::Error;
    return error ? QColor(0xfd, 0xec, 0xea) : QColor(0xff, 0xf6, 0xdc);
}

} // namespace

bool parseItemPointer(const std::string& subPointer, int& row, std::string& key)
{
    if (subPointer.size() < 2 || subPointer[0] != '/')
        return false;
    const std::size_t slash = subPointer.find('/', 1);
    const std::string index = subPointer.substr(1, slash == std::string::npos ? std::string::npos : slash - 1);
    if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos)
        return false;
    row = std::stoi(index);
    key = slash == std::string::npos ? std::string() : subPointer.substr(slash + 1);
    const std::size_t deeper = key.find('/');
    if (deeper != std::string::npos)
        key.resize(deeper);
    return true;
}

FieldBinding::FieldBinding(FieldDocument* document, std::string pointer, FieldBlock* block)
    : QObject(block), m_document(document), m_pointer(std::move(pointer)), m_block(block)
{
    if (block)
        m_label = mnemonics::plainText(block->editor()->accessibleName()); // undo texts show no '&'
}

Json FieldBinding::current() const
{
    return m_document->fieldValue(m_pointer).value_or(Json());
}

void FieldBinding::commit(const Json& value, bool typing)
{
    if (m_updating)
        return;
    m_document->setField(m_pointer, value, tr("Edit %1").arg(m_label), typing);
}

void FieldBinding::showFindings(const std::vector<const Finding*>& findings)
{
    if (m_block)
        m_block->setFindings(findings, rowNames(findings, Json()));
}

QStringList FieldBinding::rowNames(const std::vector<const Finding*>& findings, Json rows) const
{
    // Just this field, at its place, where fieldNameForPeople looks for a row's own name.
    Json document;
    if (!rows.is_null())
        document[Json::json_pointer(m_pointer)] = std::move(rows);
    QStringList names;
    bool any = false;
    for (const Finding* f : findings) {
        const bool below = f->pointer.size() > m_pointer.size() + 1 && f->pointer[m_pointer.size()] == '/';
        names << (below ? fieldNameForPeople(f->pointer, document.is_null() ? nullptr : &document) : QString());
        any = any || below;
    }
    return any ? names : QStringList();
}

void FieldBinding::focusField(const std::string&)
{
    if (m_block)
        m_block->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void FieldBinding::setReadOnly(bool readOnly)
{
    // Read-only, not disabled: the reviewer can still focus the field (the
    // Problems list jumps to it) and read it at full contrast. The mouse is
    // ignored; a key that still changes it is refused by the document, which
    // then puts the value back.
    if (!m_block)
        return;
    QWidget* target = m_block->focusTarget();
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(target))
        spin->setReadOnly(readOnly);
    else
        target->setAttribute(Qt::WA_TransparentForMouseEvents, readOnly);
}

void LineEditBinding::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void TextEditBinding::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void StringListBinding::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
}

void RecordTableBinding::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
}

int counterLimit(const FieldDocument* document, const std::string& pointer, int maxChars)
{
    if (maxChars > 0)
        return maxChars;
    const TextFieldSpec* spec = document->textLimitOf(pointer);
    return spec ? static_cast<int>(spec->maxChars) : 0;
}

LineEditBinding::LineEditBinding(
    FieldDocument* document, std::string pointer, FieldBlock* block, QLineEdit* edit, int maxChars)
    : FieldBinding(document, pointer, block), m_edit(edit), m_maxChars(counterLimit(document, pointer, maxChars))
{
    connect(edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        commit(text.toStdString(), true);
        if (m_maxChars > 0)
            m_block->setCounter(codePoints(text), m_maxChars);
    });
    refresh();
}

void LineEditBinding::refresh()
{
    const QString text = toQString(current());
    if (m_edit->text() != text) {
        m_updating = true;
        m_edit->setText(text);
        m_updating = false;
    }
    if (m_maxChars > 0)
        m_block->setCounter(codePoints(text), m_maxChars);
}

// The same underlines in a single-line field ("TBD" in the title).
void LineEditBinding::showFindings(const std::vector<const Finding*>& findings)
{
    FieldBinding::showFindings(findings);
    if (!anyRangeIn(findings, m_pointer) && !m_underlined)
        return; // nothing to underline, nothing to clear: no event while typing
    const Json value = current();
    const std::string utf8 = value.is_string() ? value.get<std::string>() : std::string();
    const int length = static_cast<int>(m_edit->text().size());
    QList<QTextLayout::FormatRange> ranges;
    for (const Finding* f : findings) {
        if (!f->range || f->pointer != m_pointer)
            continue;
        const auto [begin, end] = utf16Span(utf8, *f->range, length);
        ranges.push_back({begin, end - begin, findingUnderline(f->severity)});
    }
    // After the keystroke that changed the text is done: the line edit lays
    // its text out again at the end of it, dropping formats set before.
    QMetaObject::invokeMethod(
        m_edit, [edit = m_edit, ranges] { setLineEditFormats(edit, ranges); }, Qt::QueuedConnection);
    m_underlined = !ranges.isEmpty();
}

TextEditBinding::TextEditBinding(
    FieldDocument* document, std::string pointer, FieldBlock* block, QPlainTextEdit* edit, int maxChars)
    : FieldBinding(document, pointer, block), m_edit(edit), m_maxChars(counterLimit(document, pointer, maxChars))
{
    edit->setUndoRedoEnabled(false); // the document's undo stack owns undo
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating)
            return;
        const QString text = m_edit->toPlainText();
        commit(text.toStdString(), true);
        if (m_maxChars > 0)
            m_block->setCounter(codePoints(text), m_maxChars);
    });
    refresh();
}

void TextEditBinding::rebind(std::string pointer)
{
    m_pointer = std::move(pointer);
    refresh();
}

void TextEditBinding::refresh()
{
    const QString text = toQString(current());
    if (m_edit->toPlainText() != text) {
        m_updating = true;
        const int position = m_edit->textCursor().position();
        m_edit->setPlainText(text);
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(std::clamp(position, 0, m_edit->document()->characterCount() - 1));
        m_edit->setTextCursor(cursor);
        m_updating = false;
    }
    if (m_maxChars > 0)
        m_block->setCounter(codePoints(text), m_maxChars);
}

// Besides the message under the field, underline exactly what is wrong.
void TextEditBinding::showFindings(const std::vector<const Finding*>& findings)
{
    FieldBinding::showFindings(findings);
    if (!anyRangeIn(findings, m_pointer) && m_edit->extraSelections().isEmpty())
        return; // nothing to underline, nothing to clear: no repaint while typing
    const Json value = current();
    const std::string utf8 = value.is_string() ? value.get<std::string>() : std::string();
    QList<QTextEdit::ExtraSelection> selections;
    for (const Finding* f : findings) {
        if (!f->range || f->pointer != m_pointer)
            continue;
        const auto [begin, end] = utf16Span(utf8, *f->range, m_edit->document()->characterCount() - 1);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_edit->document());
        selection.cursor.setPosition(begin);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format = findingUnderline(f->severity);
        selection.format.setToolTip(plainToolTip(translated(f->text)));
        selections << selection;
    }
    m_edit->setExtraSelections(selections);
}

CheckBinding::CheckBinding(FieldDocument* document, std::string pointer, FieldBlock* block, QCheckBox* box)
    : FieldBinding(document, std::move(pointer), block), m_box(box)
{
    connect(box, &QCheckBox::toggled, this, [this](bool on) { commit(on, false); });
    refresh();
}

void CheckBinding::refresh()
{
    const bool on = current().is_boolean() && current().get<bool>();
    if (m_box->isChecked() != on) {
        m_updating = true;
        m_box->setChecked(on);
        m_updating = false;
    }
}

ChoiceBinding::ChoiceBinding(FieldDocument* document, std::string pointer, FieldBlock* block, QComboBox* combo)
    : FieldBinding(document, std::move(pointer), block), m_combo(combo)
{
    connect(combo, &QComboBox::activated, this,
        [this](int index) { commit(m_combo->itemData(index).toString().toStdString(), false); });
    refresh();
}

void ChoiceBinding::refresh()
{
    const int index = m_combo->findData(toQString(current()));
    if (index >= 0 && index != m_combo->currentIndex()) {
        m_updating = true;
        m_combo->setCurrentIndex(index);
        m_updating = false;
    }
}

OptionalNumberBinding::OptionalNumberBinding(
    FieldDocument* document, std::string pointer, FieldBlock* block, QSpinBox* spin)
    : FieldBinding(document, std::move(pointer), block), m_spin(spin)
{
    connect(spin, &QSpinBox::valueChanged, this, [this](int value) { commit(value < 0 ? Json() : Json(value), true); });
    refresh();
}

void OptionalNumberBinding::refresh()
{
    const Json value = current();
    const int number = value.is_number_integer() ? value.get<int>() : -1;
    if (m_spin->value() != number) {
        m_updating = true;
        m_spin->setValue(number);
        m_updating = false;
    }
}

StringListBinding::StringListBinding(
    FieldDocument* document, std::string pointer, FieldBlock* block, StringListEditor* editor)
    : FieldBinding(document, std::move(pointer), block), m_editor(editor)
{
    connect(editor, &StringListEditor::edited, this, [this](const QStringList& items) {
        Json list = Json::array();
        for (const QString& item : items)
            list.push_back(item.toStdString());
        commit(list, false);
    });
    // A new, empty item is quiet until it is typed into or left.
    connect(editor, &StringListEditor::itemAdded, this,
        [this](int row) { m_document->markFreshRow(m_pointer + "/" + std::to_string(row)); });
    connect(editor, &StringListEditor::rowLeft, this,
        [this](int row) { m_document->markTouched(m_pointer + "/" + std::to_string(row)); });
    refresh();
}

void StringListBinding::refresh()
{
    QStringList items;
    for (const Json& item : current())
        items << toQString(item);
    m_editor->setItems(items);
}

void StringListBinding::showFindings(const std::vector<const Finding*>& findings)
{
    FieldBinding::showFindings(findings); // "Highlights, item 3 — …"
    QList<QPair<int, QString>> rows;
    for (const Finding* f : findings) {
        int row = 0;
        std::string key;
        if (parseItemPointer(f->pointer.substr(m_pointer.size()), row, key))
            rows << qMakePair(row, translated(f->text));
    }
    m_editor->markRows(rows, tintFor(findings));
}

void StringListBinding::focusField(const std::string& subPointer)
{
    int row = 0;
    std::string key;
    if (parseItemPointer(subPointer, row, key))
        m_editor->selectRow(row);
    else
        m_editor->list()->setFocus(Qt::OtherFocusReason);
}

RecordTableBinding::RecordTableBinding(FieldDocument* document, std::string pointer, FieldBlock* block,
    RecordTableEditor* editor, Json newRecord, std::vector<std::string> keysFromRowAbove)
    : FieldBinding(document, std::move(pointer), block), m_editor(editor), m_newRecord(std::move(newRecord)),
      m_keysFromRowAbove(std::move(keysFromRowAbove))
{
    connect(editor, &RecordTableEditor::cellEdited, this, [this](int row, int column, const QString& text) {
        const TableColumn& c = m_editor->columns()[column];
        Json value = text.toStdString();
        bool isNumber = false;
        const long long number = text.trimmed().toLongLong(&isNumber);
        if (c.isWholeNumber && isNumber)
            value = number;
        if (c.isList) {
            value = Json::array();
            for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                value.push_back(part.trimmed().toStdString());
        }
        if (!m_document->setField(m_pointer + "/" + std::to_string(row) + "/" + c.key.toStdString(), value,
                FieldBinding::tr("Edit %1").arg(c.title), false))
            QTimer::singleShot(0, this, &RecordTableBinding::refresh); // refused (read-only, not a number): put back
    });
    connect(editor, &RecordTableEditor::rowAdded, this, [this] {
        Json rows = current();
        Json record = m_newRecord;
        if (!rows.empty() && rows.back().is_object())
            for (const std::string& key : m_keysFromRowAbove)
                if (const auto above = rows.back().find(key); above != rows.back().end())
                    record[key] = *above;
        rows.push_back(std::move(record));
        const std::string row = m_pointer + "/" + std::to_string(rows.size() - 1);
        // A new row starts quiet, as a new listing does: "missing" shows
        // once its cell was edited or the row left, not before anything is typed.
        if (m_document->setField(m_pointer, rows, FieldBinding::tr("Add to %1").arg(m_label), false))
            m_document->markFreshRow(row);
    });
    connect(editor, &RecordTableEditor::rowLeft, this,
        [this](int row) { m_document->markTouched(m_pointer + "/" + std::to_string(row)); });
    connect(editor, &RecordTableEditor::rowRemoved, this, [this](int row) {
        Json rows = current();
        if (row < 0 || row >= static_cast<int>(rows.size()))
            return;
        rows.erase(rows.begin() + row);
        m_document->setField(m_pointer, rows, FieldBinding::tr("Remove from %1").arg(m_label), false);
    });
    connect(editor, &RecordTableEditor::rowMoved, this, [this](int from, int to) {
        Json rows = current();
        if (from < 0 || to < 0 || from >= static_cast<int>(rows.size()) || to >= static_cast<int>(rows.size()))
            return;
        std::swap(rows[static_cast<std::size_t>(from)], rows[static_cast<std::size_t>(to)]);
        m_document->setField(m_pointer, rows, FieldBinding::tr("Reorder %1").arg(m_label), false);
    });
    refresh();
}

void RecordTableBinding::refresh()
{
    QList<QStringList> rows;
    for (const Json& record : current()) {
        QStringList cells;
        for (const TableColumn& c : m_editor->columns()) {
            const Json value = record.value(c.key.toStdString(), Json());
            if (c.isList) {
                QStringList parts;
                for (const Json& part : value)
                    parts << toQString(part);
                cells << parts.join(QStringLiteral(", "));
            } else {
                cells << toQString(value);
            }
        }
        rows << cells;
    }
    m_editor->setRows(rows);
}

void RecordTableBinding::showFindings(const std::vector<const Finding*>& findings)
{
    // "Pricing dimension 2 (gold): Key — …": the row by its number and key.
    if (m_block)
        m_block->setFindings(findings, rowNames(findings, findings.empty() ? Json() : current()));
    QList<QPair<QPair<int, int>, QString>> cells;
    for (const Finding* f : findings) {
        int row = 0;
        std::string key;
        if (!parseItemPointer(f->pointer.substr(m_pointer.size()), row, key))
            continue;
        for (int c = 0; c < m_editor->columns().size(); ++c)
            if (key.empty() || m_editor->columns()[c].key.toStdString() == key)
                cells << qMakePair(qMakePair(row, c), translated(f->text));
    }
    m_editor->markCells(cells, tintFor(findings));
}

void RecordTableBinding::focusField(const std::string& subPointer)
{
    int row = 0;
    std::string key;
    if (!parseItemPointer(subPointer, row, key)) {
        m_editor->table()->setFocus(Qt::OtherFocusReason);
        return;
    }
    int column = 0;
    for (int c = 0; c < m_editor->columns().size(); ++c)
        if (m_editor->columns()[c].key.toStdString() == key)
            column = c;
    m_editor->selectCell(row, column);
}

} // namespace proserv
