#include "ui/document/FieldDocument.h"

#include "ui/document/SetFieldCommand.h"

#include <algorithm>
#include <iterator>

namespace proserv {

FieldDocument::FieldDocument(QObject* parent) : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

bool FieldDocument::setField(
    const std::string& pointer, const Json& value, const QString& description, bool mergeTyping)
{
    if (m_readOnly) {
        emit fieldChanged(QString::fromStdString(pointer)); // puts the widget back
        return false;
    }
    const std::optional<Json> before = fieldValue(pointer);
    if (!before)
        return false;
    if (*before == value)
        return true;
    if (!acceptsField(pointer, value)) // checked before it is recorded
        return false;
    m_undoStack.push(new SetFieldCommand(this, pointer, *before, value, description, mergeTyping));
    return true;
}

void FieldDocument::setFindings(std::vector<Finding> findings)
{
    m_findings = std::move(findings);
    announceFindings();
}

void FieldDocument::startQuiet()
{
    m_quiet = true;
    m_touched.clear();
    announceFindings();
}

void FieldDocument::revealAll()
{
    if (!hasQuietFindings())
        return;
    m_quiet = false;
    m_touched.clear();
    m_freshRows.clear();
    m_freshCells.clear();
    announceFindings();
}

void FieldDocument::endQuiet()
{
    m_quiet = false;
    m_touched.clear();
    m_freshRows.clear();
    m_freshCells.clear();
}

void FieldDocument::markTouched(const std::string& pointer)
{
    if (pointer.empty())
        return;
    const bool settled = settleFreshRows(pointer);
    const bool touched = m_quiet && touch(pointer);
    if (settled || touched)
        announceFindings();
}

void FieldDocument::markFreshRow(const std::string& rowPointer)
{
    if (std::find(m_freshRows.begin(), m_freshRows.end(), rowPointer) != m_freshRows.end())
        return;
    m_freshRows.push_back(rowPointer);
    announceFindings();
}

void FieldDocument::noteEdited(const std::string& pointer)
{
    const auto row = std::find_if(m_freshRows.begin(), m_freshRows.end(),
        [&](const std::string& fresh) { return pointer != fresh && isPointerWithin(pointer, fresh); });
    if (row != m_freshRows.end())
        m_freshCells.push_back(pointer); // a cell of a fresh row: its own findings show
    else
        settleFreshRows(pointer); // the list itself changed: its row numbers may have moved
    if (m_quiet)
        touch(pointer);
}

bool FieldDocument::settleFreshRows(const std::string& pointer)
{
    const auto settles = [&](const std::string& fresh) {
        return isPointerWithin(fresh, pointer) || isPointerWithin(pointer, fresh);
    };
    const std::size_t before = m_freshRows.size();
    m_freshRows.erase(std::remove_if(m_freshRows.begin(), m_freshRows.end(), settles), m_freshRows.end());
    if (m_freshRows.size() == before)
        return false;
    m_freshCells.erase(std::remove_if(m_freshCells.begin(), m_freshCells.end(),
                           [&](const std::string& cell) {
                               return std::none_of(m_freshRows.begin(), m_freshRows.end(),
                                   [&](const std::string& row) { return isPointerWithin(cell, row); });
                           }),
        m_freshCells.end());
    return true;
}

bool FieldDocument::inFreshRow(const Finding& finding) const
{
    const bool inRow = std::any_of(m_freshRows.begin(), m_freshRows.end(),
        [&](const std::string& row) { return isPointerWithin(finding.pointer, row); });
    return inRow
        && std::none_of(m_freshCells.begin(), m_freshCells.end(),
            [&](const std::string& cell) { return isPointerWithin(finding.pointer, cell); });
}

bool FieldDocument::touch(const std::string& pointer)
{
    if (std::any_of(m_touched.begin(), m_touched.end(),
            [&](const std::string& touched) { return isPointerWithin(pointer, touched); }))
        return false;
    m_touched.push_back(pointer);
    return true;
}

void FieldDocument::announceFindings()
{
    m_shown.clear();
    if (hasQuietFindings())
        std::copy_if(m_findings.begin(), m_findings.end(), std::back_inserter(m_shown),
            [this](const Finding& f) { return !isQuiet(f); });
    emit findingsChanged();
}

bool FieldDocument::isQuiet(const Finding& finding) const
{
    if (inFreshRow(finding))
        return true;
    if (!m_quiet)
        return false;
    // A finding about a whole list shows once an item of it was touched, and
    // one about an item once its list was.
    return std::none_of(m_touched.begin(), m_touched.end(), [&](const std::string& touched) {
        return !finding.pointer.empty()
            && (isPointerWithin(finding.pointer, touched) || isPointerWithin(touched, finding.pointer));
    });
}

} // namespace proserv
