#include "ui/views/SubmissionView.h"

#include "model/ChangeSetExport.h"
#include "model/ChangeSetImport.h"
#include "model/SubmissionFields.h"
#include "qtsupport/Translation.h"
#include "ui/document/FieldDocument.h"
#include "ui/form/JsonHighlighter.h"
#include "validation/ExportPlan.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace proserv {

namespace {

// A change's details, from DetailsDocument or a Details string (kept as a
// file wrote it, read by the importer's own bounded reader); what does not
// read is shown as the string it is.
Json detailsOf(const Json& change)
{
    FieldProblems problems;
    if (const ChangeDetails details = changeDetails(change, "", problems))
        return *details;
    return Json {{"Details", change.value("Details", Json())}};
}

QString valueText(const Json& value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const QString& field, const QString& value)
{
    auto* item = new QTreeWidgetItem(parent, {field, QString(value).replace(QLatin1Char('\n'), QLatin1Char(' '))});
    // Listing text is data: a tooltip would render "<img …>" as rich text, so
    // it is escaped inside markup of our own.
    item->setToolTip(
        1, QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(value.left(4000).toHtmlEscaped()));
    return item;
}

} // namespace

SubmissionView::SubmissionView(FieldDocument* document, std::function<SubmissionPlan()> planOf,
    std::function<QString(const std::string&)> labelOf, QWidget* parent)
    : QDialog(parent), m_document(document), m_planOf(std::move(planOf)), m_labelOf(std::move(labelOf))
{
    setObjectName(QStringLiteral("submissionView"));
    setWindowTitle(tr("What Will Be Submitted"));
    auto* intro = new QLabel(tr("This is the change set the export writes: what AWS Marketplace receives. Fields "
                                "below it stay in your draft."),
        this);
    intro->setWordWrap(true);

    m_submitted = new QTreeWidget;
    m_submitted->setObjectName(QStringLiteral("submittedFields"));
    m_submitted->setAccessibleName(tr("Submitted fields"));
    m_submitted->setHeaderLabels({tr("Field"), tr("Value")});
    m_submitted->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_submitted->setUniformRowHeights(true);
    m_json = new QPlainTextEdit;
    m_json->setObjectName(QStringLiteral("submissionJson"));
    m_json->setReadOnly(true);
    showAsCode(m_json);
    auto* tabs = new QTabWidget;
    tabs->addTab(m_submitted, tr("&Submitted"));
    tabs->addTab(m_json, tr("&JSON"));

    auto* keptTitle = new QLabel(tr("<b>Kept in your draft — not sent to AWS Marketplace</b>"), this);
    keptTitle->setTextFormat(Qt::RichText); // our own wording only
    m_kept = new QTreeWidget;
    m_kept->setObjectName(QStringLiteral("draftOnlyFields"));
    m_kept->setAccessibleName(tr("Fields kept in your draft"));
    m_kept->setHeaderLabels({tr("Field"), tr("Where it matters instead")});
    m_kept->setRootIsDecorated(false);
    m_kept->setWordWrap(true);
    m_kept->setUniformRowHeights(false);
    m_kept->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_kept->header()->setSectionResizeMode(1, QHeaderView::Stretch); // long reasons wrap instead of eliding
    keptTitle->setBuddy(m_kept);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportFromView"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        accept();
        emit exportRequested();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tabs, 3);
    layout->addWidget(keptTitle);
    layout->addWidget(m_kept, 2);
    layout->addWidget(buttons);
    resize(860, 680);
    connect(document, &FieldDocument::findingsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    refresh();
}

void SubmissionView::refresh()
{
    const SubmissionPlan plan = m_planOf();
    const Json& changeSet = plan.request;
    m_json->setPlainText(QString::fromStdString(plan.text));

    m_submitted->clear();
    for (const Json& change : changeSet["ChangeSet"]) {
        const std::string type = change.value("ChangeType", std::string());
        const std::string entityType = entityTypeOf(change);
        const bool product = entityType == plan.entityType;
        // Another entity's change (a private offer's beside a product's) goes
        // as the file wrote it: named by its entity, its keys shown as they are.
        const QString title
            = product ? plan.changeTitle(type) : tr("%1 — sent as written").arg(QString::fromStdString(entityType));
        auto* top = new QTreeWidgetItem(m_submitted, {title, QString::fromStdString(type)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        const Json details = detailsOf(change);
        if (details.is_array()) { // AddDimensions
            for (std::size_t i = 0; i < details.size(); ++i) {
                auto* dimension
                    = addRow(top, tr("Dimension %1").arg(i + 1), valueText(details[i].value("Key", Json(""))));
                for (const auto& [key, value] : details[i].items()) {
                    const std::string native = product ? plan.nativePointerOf(type, "*/" + key) : std::string();
                    const QString label = native.empty() ? QString() : m_labelOf(native);
                    addRow(dimension, label.isEmpty() ? QString::fromStdString(key) : label, valueText(value));
                }
            }
        } else {
            for (const auto& [key, value] : details.items()) {
                const std::string native = product ? plan.nativePointerOf(type, key) : std::string();
                const QString label = native.empty() ? QString() : m_labelOf(native);
                const QString name = label.isEmpty() ? QString::fromStdString(key) : label;
                if (value.is_array() && !value.empty() && value.front().is_object()) { // AdditionalResources
                    const int count = static_cast<int>(value.size());
                    auto* list = addRow(top, name, tr("%n item(s)", "", count));
                    for (const Json& item : value) {
                        QStringList parts;
                        for (const auto& [k, v] : item.items())
                            parts << valueText(v);
                        addRow(list, QString(), parts.join(QStringLiteral(" — ")));
                    }
                } else if (value.is_array()) {
                    const int count = static_cast<int>(value.size());
                    auto* list = addRow(top, name, tr("%n item(s)", "", count));
                    for (const Json& item : value)
                        addRow(list, QString(), valueText(item));
                } else if (value.is_object()) { // UpdateTargeting
                    addRow(top, name, valueText(value));
                } else {
                    addRow(top, name, valueText(value));
                }
            }
        }
    }
    m_submitted->expandAll();

    m_kept->clear();
    for (const SubmissionPlan::Kept& value : plan.keptInDraft) {
        QString label = m_labelOf(value.pointer);
        if (label.isEmpty())
            label = QString::fromStdString(value.pointer);
        auto* item = new QTreeWidgetItem(m_kept, {label, value.whereItMatters});
        item->setToolTip(0, QString::fromStdString(value.pointer));
        item->setToolTip(1, item->text(1));
        item->setData(0, Qt::UserRole, QString::fromStdString(value.pointer));
    }
}

} // namespace proserv
