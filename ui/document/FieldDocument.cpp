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
    if (!m_quiet)
        return;
    m_quiet = false;
    m_touched.clear();
    announceFindings();
}

void FieldDocument::endQuiet()
{
    m_quiet = false;
    m_touched.clear();
}

void FieldDocument::markTouched(const std::string& pointer)
{
    if (m_quiet && !pointer.empty() && touch(pointer))
        announceFindings();
}

void FieldDocument::noteEdited(const std::string& pointer)
{
    if (m_quiet)
        touch(pointer);
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
    if (m_quiet)
        std::copy_if(m_findings.begin(), m_findings.end(), std::back_inserter(m_shown),
            [this](const Finding& f) { return !isQuiet(f); });
    emit findingsChanged();
}

bool FieldDocument::isQuiet(const Finding& finding) const
{
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
