#pragma once
// The wizard's "Data verification" step (between Advanced settings and Run, as in the DTS console):
// whether to verify after the copy, all rows or a sample of 10–100 %, a read throttle and a time limit.
// It edits TaskSpec::verification; `dts verify` and the monitor's Verification tab read it from there.
#include "task/TaskSpec.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace dts::ui {

class VerificationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit VerificationPage(QWidget *parent = nullptr);
    void initializePage() override;
    void apply(Verification &v) const;
    void load(const Verification &v);
    // What the page says about a destination that cannot be verified (MQ, FC, Tablestore); "" otherwise.
    void setDestinationEngine(const QString &engine);

    QCheckBox *enabled;
    QComboBox *mode;
    QSpinBox *ratio, *rowsPerSecond, *timeLimit;
    QDoubleSpinBox *mbPerSecond;
    QLabel *note;

private:
    void updateEnabled();
};

}  // namespace dts::ui
