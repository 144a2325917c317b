package dev.faultline.ui;

/** Menu actions that do nothing, for tests that mount the main window without the app around it. */
final class NoShellActions implements ShellActions {

    @Override
    public void openModel() {
    }

    @Override
    public void openBuiltInModel() {
    }

    @Override
    public void export() {
    }

    @Override
    public void resetView() {
    }

    @Override
    public void fitTimeline() {
    }

    @Override
    public void focusSearch() {
    }

    @Override
    public void quit() {
    }
}
