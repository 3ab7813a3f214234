// A document type the editor does not know, for the tests that show a second
// type needs no branch in the toolkit or the window: a note with a title (20
// characters, required — one finding while empty) and tags, edited on two
// sections of its own. Header-only and without Q_OBJECT (it adds no signals),
// so each test that includes it needs no moc step for it.
#pragma once

#include "ui/document/FieldDocument.h"
#include "ui/form/DocumentForm.h"
#include "ui/form/FormPage.h"

#include <QLineEdit>

namespace proserv::test {

class NoteDocument : public proserv::FieldDocument {
public:
    proserv::Json note = {{"title", ""}, {"tags", proserv::Json::array()}};

    NoteDocument() { check(); }

    std::optional<proserv::Json> fieldValue(const std::string& pointer) const override
    {
        const proserv::Json::json_pointer at(pointer);
        if (!note.contains(at))
            return std::nullopt;
        return note.at(at);
    }
    void applyField(const std::string& pointer, const proserv::Json& value) override
    {
        note[proserv::Json::json_pointer(pointer)] = value;
        noteEdited(pointer);
        emit fieldChanged(QString::fromStdString(pointer));
        check();
    }
    QString displayName() const override { return QStringLiteral("Shopping note"); }

protected:
    bool acceptsField(const std::string& pointer, const proserv::Json& value) const override
    {
        const std::optional<proserv::Json> current = fieldValue(pointer);
        return current && current->type() == value.type();
    }

private:
    // The type's one rule, standing in for a rule engine of its own.
    void check()
    {
        std::vector<proserv::Finding> findings;
        if (note["title"].get<std::string>().empty()) {
            proserv::Finding missing;
            missing.ruleId = "note-title-required";
            missing.pointer = "/title";
            missing.message = "Give the note a title.";
            missing.text = proserv::MessageText::verbatim(missing.message);
            missing.guideline = "proserv-guidelines-setup";
            findings.push_back(missing);
        }
        setFindings(std::move(findings));
    }
};

// The note's editor: two sections, built with the generic form toolkit.
class NoteForm : public proserv::DocumentForm {
public:
    explicit NoteForm(NoteDocument* note) : DocumentForm(note)
    {
        auto first = std::make_unique<proserv::FormPage>(note, QStringLiteral("Note"), QStringLiteral("What it is."));
        title = first->line(QStringLiteral("&Title"), QStringLiteral("What the note is about."), "/title", 20);
        first->finish();
        auto second = std::make_unique<proserv::FormPage>(note, QStringLiteral("Tags"), QStringLiteral("Sorting."));
        second->list(QStringLiteral("T&ags"), QString(), "/tags", QStringLiteral("tag"));
        second->finish();
        m_pages.push_back(std::move(first));
        m_pages.push_back(std::move(second));
        finishPages();
    }
    QString typeName() const override { return QStringLiteral("Note"); }
    std::string firstField() const override { return "/title"; }

    QLineEdit* title = nullptr;
};

} // namespace proserv::test
