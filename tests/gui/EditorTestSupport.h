// What the editor's GUI tests share: finding a field by its JSON Pointer (its
// editor's objectName), its FieldBlock, and the status bar's counts.
#pragma once

#include "ui/FieldBlock.h"
#include "ui/MainWindow.h"

#include <QToolButton>
#include <QtTest>

namespace proserv::test {

template <class T>
T* findField(QObject* root, const char* pointer)
{
    T* widget = root->findChild<T*>(QString::fromLatin1(pointer));
    if (!widget)
        qWarning("no widget %s", pointer);
    return widget;
}

inline FieldBlock* fieldBlockOf(QWidget* editor)
{
    for (QWidget* w = editor; w; w = w->parentWidget())
        if (auto* block = qobject_cast<FieldBlock*>(w))
            return block;
    return nullptr;
}

inline QString statusText(MainWindow& window)
{
    return window.findChild<QToolButton*>(QStringLiteral("statusCounter"))->text();
}

} // namespace proserv::test
