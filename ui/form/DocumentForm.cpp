#include "ui/form/DocumentForm.h"

#include "model/JsonFields.h"
#include "qtsupport/FieldNames.h"
#include "ui/document/FieldDocument.h"
#include "ui/document/ReviewSession.h"
#include "ui/form/FieldBindings.h"
#include "ui/form/FieldBlock.h"
#include "ui/form/FormPage.h"
#include "ui/form/ListEditors.h"
#include "ui/form/UndoShortcutFilter.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <unordered_map>

namespace proserv {

DocumentForm::DocumentForm(FieldDocument* document, QWidget* parent) : QStackedWidget(parent), m_document(document) { }

DocumentForm::~DocumentForm() = default;

void DocumentForm::finishPages()
{
    for (const auto& page : m_pages)
        addWidget(page->scrollArea());
    m_counts.resize(m_pages.size());
    createUnattachedCommentsPanel();
    // Ctrl+Z in any field means "undo the last edit of the document" (the
    // window's Edit ▸ Undo), not the line edit's own undo.
    auto* undoFilter = new UndoShortcutFilter(this);
    for (QWidget* input : findChildren<QWidget*>())
        if (qobject_cast<QLineEdit*>(input) || qobject_cast<QPlainTextEdit*>(input))
            input->installEventFilter(undoFilter);
    // Whatever takes focus (Alt+letter, a Problems jump, undo) is scrolled
    // into view, and a text box being typed in keeps its caret in view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { keepInView(now); });
    for (QPlainTextEdit* edit : findChildren<QPlainTextEdit*>())
        connect(edit, &QPlainTextEdit::cursorPositionChanged, this, [this, edit] {
            if (edit->hasFocus())
                keepCaretInView(edit);
        });
    connect(m_document, &FieldDocument::findingsChanged, this, &DocumentForm::onFindingsChanged);
    // Show the findings of the document as it is now, unless a file is opened
    // before the event loop runs (proserv-editor FILE): routing the blank
    // listing's forty findings only to replace them costs a tenth of start-up.
    QTimer::singleShot(0, this, [this] {
        if (!m_findingsShown)
            onFindingsChanged();
    });
    // Quiet start and new rows: leaving a field counts as touching it, as in
    // a web form — "required" shows once the user has been there and moved on.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        if (!m_document->hasQuietFindings() || !old || !now || !isAncestorOf(old))
            return;
        FieldBinding* left = bindingOfWidget(old);
        if (left && left != bindingOfWidget(now))
            m_document->markTouched(left->pointer());
    });
    for (const auto& page : m_pages)
        for (FieldBinding* binding : page->bindings())
            if (FieldBlock* block = binding->block())
                connect(block, &FieldBlock::commentRequested, this,
                    [this, binding] { emit commentRequested(QString::fromStdString(binding->pointer())); });
}

// Comments whose pointer names no field of this document (mistyped, or
// about a field this version does not have): read and resolved here.
void DocumentForm::createUnattachedCommentsPanel()
{
    auto* noEditor = new QWidget; // the block is its comments only
    noEditor->setFixedHeight(0);
    m_unattached = new FieldBlock(tr("Comments on no field"),
        tr("These review comments name no field of this document, so they cannot be shown beside one. Read them "
           "here and mark them resolved when done."),
        noEditor);
    m_unattached->setObjectName(QStringLiteral("unattachedComments"));
    // Above the form, framed like the review banner, never taller than a
    // few comments: more scroll inside it instead of squeezing the form.
    m_unattachedPanel = new QScrollArea;
    m_unattachedPanel->setObjectName(QStringLiteral("unattachedCommentsPanel"));
    m_unattachedPanel->setWidgetResizable(true);
    m_unattachedPanel->setFrameShape(QFrame::NoFrame);
    m_unattachedPanel->setStyleSheet(QStringLiteral("#unattachedCommentsPanel { border-bottom: 1px solid #c8c8c8; }"));
    auto* padding = new QWidget;
    auto* paddingLayout = new QVBoxLayout(padding);
    paddingLayout->setContentsMargins(12, 8, 12, 8);
    paddingLayout->addWidget(m_unattached);
    paddingLayout->addStretch(1); // a wrapped line's estimate can run tall: spare room goes below
    m_unattachedPanel->setWidget(padding);
    m_unattachedPanel->hide();
    connect(m_unattached, &FieldBlock::resolvedToggled, this, [this](const std::string& id, bool resolved) {
        if (m_session)
            m_session->setResolved(id, resolved);
    });
    for (const auto& page : m_pages)
        for (FieldBinding* binding : page->bindings())
            if (FieldBlock* block = binding->block())
                connect(block, &FieldBlock::resolvedToggled, this, [this](const std::string& id, bool resolved) {
                    if (m_session)
                        m_session->setResolved(id, resolved);
                });
}

void DocumentForm::setReviewSession(ReviewSession* session)
{
    m_session = session;
    connect(session, &ReviewSession::commentsChanged, this, &DocumentForm::showComments);
    connect(m_document, &FieldDocument::fieldChanged, this, &DocumentForm::showComments);
    showComments();
}

namespace {
constexpr int kMaxUnattachedPanelHeight = 200;
} // namespace

void DocumentForm::showComments()
{
    std::unordered_map<FieldBinding*, std::vector<ReviewComment>> routed;
    std::vector<ReviewComment> unattached;
    if (m_session) {
        // One pass over each list for all comments.
        CommentLocator locator([this](const std::string& pointer) { return m_document->fieldValue(pointer); });
        for (const ReviewComment& comment : m_session->comments()) {
            const std::optional<std::string> where = locator.currentPointer(comment);
            // A comment whose item is gone stays visible on the list it was in.
            const std::string fallback = comment.anchors.empty() ? comment.pointer : comment.anchors.front().list;
            if (FieldBinding* binding = bindingFor(where.value_or(fallback)))
                routed[binding].push_back(comment);
            else
                unattached.push_back(comment); // names no field: shown apart, never lost
        }
    }
    for (const auto& page : m_pages)
        for (FieldBinding* binding : page->bindings())
            if (binding->block())
                binding->block()->setComments(routed[binding]);
    m_unattached->setComments(unattached);
    m_unattachedPanel->setVisible(!unattached.empty());
    if (unattached.empty())
        return; // the usual case, on every keystroke: no layout to measure
    // As tall as its comments, up to a few of them; more scroll inside.
    QWidget* content = m_unattachedPanel->widget();
    content->layout()->activate();
    const int width = std::max(m_unattachedPanel->width(), window()->width());
    const int wanted = content->hasHeightForWidth() ? content->heightForWidth(width) : content->sizeHint().height();
    m_unattachedPanel->setFixedHeight(std::min(kMaxUnattachedPanelHeight, wanted));
}

void DocumentForm::setReviewMode(bool review)
{
    for (const auto& page : m_pages)
        for (FieldBinding* binding : page->bindings()) {
            binding->setReadOnly(review);
            if (binding->block())
                binding->block()->setCommentButtonVisible(review);
        }
}

QString DocumentForm::sectionTitle(int section) const
{
    return section >= 0 && section < sectionCount() ? m_pages[static_cast<std::size_t>(section)]->title() : QString();
}

FieldBinding* DocumentForm::bindingFor(const std::string& pointer) const
{
    if (pointer.empty()) // about the whole document (the note on a submitted file): no one field
        return nullptr;
    FieldBinding* best = nullptr;
    for (const auto& page : m_pages)
        for (FieldBinding* binding : page->bindings())
            if (isPointerWithin(pointer, binding->pointer())
                && (!best || binding->pointer().size() > best->pointer().size()))
                best = binding;
    if (best)
        return best;
    // A finding about a group of fields ("/support/contacts") belongs to the
    // first field of the group.
    for (const auto& page : m_pages)
        for (FieldBinding* binding : page->bindings())
            if (isPointerWithin(binding->pointer(), pointer))
                return binding;
    return nullptr;
}

FieldBinding* DocumentForm::bindingOfWidget(const QWidget* widget) const
{
    FieldBinding* best = nullptr;
    for (const auto& page : m_pages)
        for (FieldBinding* binding : page->bindings())
            if (binding->block() && binding->block()->isAncestorOf(widget)
                && (!best || binding->pointer().size() > best->pointer().size()))
                best = binding;
    return best;
}

int DocumentForm::sectionOf(const std::string& pointer) const
{
    return sectionOfBinding(bindingFor(pointer));
}

int DocumentForm::sectionOfBinding(const FieldBinding* binding) const
{
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        for (FieldBinding* candidate : m_pages[i]->bindings())
            if (candidate == binding)
                return static_cast<int>(i);
    return -1;
}

SectionCounts DocumentForm::countsOf(int section) const
{
    return section >= 0 && section < sectionCount() ? m_counts[static_cast<std::size_t>(section)] : SectionCounts {};
}

bool DocumentForm::focusField(const std::string& pointer)
{
    FieldBinding* binding = bindingFor(pointer);
    const int section = sectionOf(pointer);
    if (!binding || section < 0)
        return false;
    setCurrentIndex(section);
    binding->focusField(pointer.substr(binding->pointer().size()));
    // Selecting a row can show a more specific editor (the IAM policy text).
    if (FieldBinding* deeper = bindingFor(pointer); deeper != binding)
        deeper->focusField(pointer.substr(deeper->pointer().size()));
    if (FieldBinding* target = bindingFor(pointer); target->block())
        m_pages[static_cast<std::size_t>(section)]->scrollArea()->ensureWidgetVisible(target->block(), 20, 40);
    return true;
}

std::string DocumentForm::focusedField() const
{
    const FieldBinding* binding = bindingOfWidget(QApplication::focusWidget());
    return binding ? binding->pointer() : std::string();
}

QScrollArea* DocumentForm::scrollAreaOf(QWidget* widget) const
{
    for (const auto& page : m_pages)
        if (QScrollArea* area = page->scrollArea(); widget && area->widget() && area->widget()->isAncestorOf(widget))
            return area;
    return nullptr;
}

void DocumentForm::keepInView(QWidget* focused)
{
    QScrollArea* area = scrollAreaOf(focused);
    if (!area)
        return;
    if (auto* edit = qobject_cast<QPlainTextEdit*>(focused)) {
        keepCaretInView(edit);
        return;
    }
    // The whole field (label, hint, editor) when it fits, else the editor.
    QWidget* shown = focused;
    for (QWidget* w = focused; w && w != area->widget(); w = w->parentWidget())
        if (qobject_cast<FieldBlock*>(w)) {
            if (w->height() <= area->viewport()->height() - 40)
                shown = w;
            break;
        }
    area->ensureWidgetVisible(shown, 20, 20);
    if (shown != focused)
        area->ensureWidgetVisible(focused, 20, 20);
}

void DocumentForm::keepCaretInView(QPlainTextEdit* edit)
{
    QScrollArea* area = scrollAreaOf(edit);
    if (!area)
        return;
    const QRect caret = edit->cursorRect();
    const QPoint centre = edit->viewport()->mapTo(area->widget(), caret.center());
    area->ensureVisible(centre.x(), centre.y(), 20, caret.height() + 20);
}

QList<QWidget*> DocumentForm::inputs() const
{
    QList<QWidget*> result;
    for (const auto& page : m_pages)
        for (FieldBinding* binding : page->bindings())
            if (binding->block())
                result << binding->block()->focusTarget();
    return result;
}

void DocumentForm::onFindingsChanged()
{
    m_findingsShown = true;
    // Each finding goes to the most specific field that contains it; runs on
    // every keystroke, so each finding's field is looked up once.
    std::unordered_map<FieldBinding*, std::vector<const Finding*>> routed;
    std::fill(m_counts.begin(), m_counts.end(), SectionCounts {});
    for (const Finding& finding : m_document->findings()) {
        if (m_document->isQuiet(finding))
            continue; // a field not touched yet in a new blank document
        FieldBinding* binding = bindingFor(finding.pointer);
        if (!binding)
            continue;
        routed[binding].push_back(&finding);
        if (const int section = sectionOfBinding(binding); section >= 0) {
            SectionCounts& counts = m_counts[static_cast<std::size_t>(section)];
            counts.errors += finding.severity == Severity::Error;
            counts.warnings += finding.severity == Severity::Warning;
        }
    }
    for (const auto& page : m_pages)
        for (FieldBinding* binding : page->bindings())
            binding->showFindings(routed[binding]);
    emit countsChanged();
}

QString DocumentForm::fieldLabel(const std::string& pointer) const
{
    const Json document = m_document->nativeDocument();
    return fieldNameForPeople(pointer, document.is_null() ? nullptr : &document);
}

} // namespace proserv
