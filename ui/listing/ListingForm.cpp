#include "ui/listing/ListingForm.h"
#include "model/FieldPointers.h"

#include "ui/document/ListingDocument.h"
#include "ui/document/ReviewSession.h"
#include "ui/form/FieldBindings.h"
#include "ui/form/FieldBlock.h"
#include "ui/form/FormPage.h"
#include "ui/listing/ListingSections.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <unordered_map>

namespace proserv {

ListingForm::ListingForm(ListingDocument* document, QWidget* parent) : DocumentForm(document, parent), m_listing(document)
{
    ListingSections::build(*this, document, m_pages);
    finishPages();
    // Comments whose pointer names no field of this listing (mistyped, or
    // about a field this version does not have): read and resolved here.
    auto* noEditor = new QWidget; // the block is its comments only
    noEditor->setFixedHeight(0);
    m_unattached = new FieldBlock(tr("Comments on no field"),
        tr("These review comments name no field of this listing, so they cannot be shown beside one. Read them "
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

QString ListingForm::typeName() const
{
    return tr("Product listing");
}

std::string ListingForm::firstField() const
{
    return field::productTitle;
}

void ListingForm::setReviewSession(ReviewSession* session)
{
    m_session = session;
    connect(session, &ReviewSession::commentsChanged, this, &ListingForm::showComments);
    connect(m_listing, &FieldDocument::fieldChanged, this, &ListingForm::showComments);
    showComments();
}

namespace {
constexpr int kMaxUnattachedPanelHeight = 200;
} // namespace

void ListingForm::showComments()
{
    std::unordered_map<FieldBinding*, std::vector<ReviewComment>> routed;
    std::vector<ReviewComment> unattached;
    if (m_session) {
        CommentLocator locator(m_listing->listing()); // one pass over each list for all comments
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

ListingForm::~ListingForm() = default;

} // namespace proserv
