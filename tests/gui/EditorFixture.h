// One editor window per test function, as KeePassXC's TestGui::init() opens a
// fresh copy per test: prompts answered from the test queue, the window shown
// and exposed, a listing opened. finish() marks the document clean first, so
// closing leaves no "Save changes?" prompt for the next test to meet.
#pragma once

#include "EditorTestSupport.h"
#include "TestSupport.h"
#include "ui/document/ListingDocument.h"
#include "ui/document/OfferDocument.h"
#include "ui/shell/MainWindow.h"
#include "ui/form/UserPrompts.h"

#include <QSize>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace proserv::test {

// The bundled listing with no findings, the usual starting point.
inline QString completeExample()
{
    return examplePath(QStringLiteral("migration-readiness-assessment.proserv.json"));
}

class EditorFixture {
public:
    // A fresh window (at `size` when given) with `file` open; an empty `file`
    // leaves the welcome page. False when the window never showed or the file
    // did not open (the test's QVERIFY says which test).
    [[nodiscard]] bool start(const QString& file = completeExample(), QSize size = QSize())
    {
        UserPrompts::clear();
        UserPrompts::setTesting(true);
        m_window = std::make_unique<MainWindow>();
        if (size.isValid())
            m_window->resize(size);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        return file.isEmpty() || m_window->openFile(file);
    }

    void finish()
    {
        if (m_window) {
            m_window->document()->undoStack()->setClean();
            m_window->offerDocument()->undoStack()->setClean();
        }
        m_window.reset();
    }

    MainWindow* window() const { return m_window.get(); }
    MainWindow* operator->() const { return m_window.get(); }
    MainWindow& operator*() const { return *m_window; }

    // The editor of the field at `pointer` (its objectName), or null with a warning.
    template <class T>
    T* field(const char* pointer) const
    {
        return findField<T>(m_window.get(), pointer);
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

} // namespace proserv::test
