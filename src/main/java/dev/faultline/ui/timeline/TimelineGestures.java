package dev.faultline.ui.timeline;

import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Pointer and keyboard input of the timeline. Ctrl+wheel and pinch zoom about the pointer; the wheel, a drag and a
 * trackpad scroll pan (a drag flung carries on a little); Shift+wheel scrolls the lanes when they overflow;
 * double-click zooms in about the point. Keys: + and - zoom (about the selection when it is on screen), Home goes to the
 * home window, 0 fits everything, Left and Right select the previous and next event, Enter activates the selection.
 */
final class TimelineGestures {

    /** How much one wheel notch (40 px of delta) zooms: about 1.25x. */
    private static final double WHEEL_ZOOM_PER_PIXEL = 0.0056;
    private static final int VELOCITY_WINDOW_MS = 80;

    private final TimelineViewSkin skin;
    private final TimelineView view;
    private final Canvas canvas;

    private double lastX;
    private boolean dragging;
    private final double[] sampleX = new double[8];
    private final long[] sampleNanos = new long[8];
    private int samples;

    private final EventHandler<MouseEvent> pressed = this::pressed;
    private final EventHandler<MouseEvent> dragged = this::dragged;
    private final EventHandler<MouseEvent> released = this::released;
    private final EventHandler<MouseEvent> clicked = this::clicked;
    private final EventHandler<MouseEvent> moved = this::moved;
    private final EventHandler<MouseEvent> exited = this::exited;
    private final EventHandler<ScrollEvent> scrolled = this::scrolled;
    private final EventHandler<ZoomEvent> zoomed = this::zoomed;
    private final EventHandler<KeyEvent> keyPressed = this::keyPressed;
    private final EventHandler<KeyEvent> keyTyped = this::keyTyped;

    TimelineGestures(TimelineViewSkin skin, TimelineView view, Canvas canvas) {
        this.skin = skin;
        this.view = view;
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, exited);
        canvas.addEventHandler(ScrollEvent.SCROLL, scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, zoomed);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
        view.addEventHandler(KeyEvent.KEY_TYPED, keyTyped);
    }

    void uninstall() {
        canvas.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        canvas.removeEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        canvas.removeEventHandler(MouseEvent.MOUSE_RELEASED, released);
        canvas.removeEventHandler(MouseEvent.MOUSE_CLICKED, clicked);
        canvas.removeEventHandler(MouseEvent.MOUSE_MOVED, moved);
        canvas.removeEventHandler(MouseEvent.MOUSE_EXITED, exited);
        canvas.removeEventHandler(ScrollEvent.SCROLL, scrolled);
        canvas.removeEventHandler(ZoomEvent.ZOOM, zoomed);
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
        view.removeEventHandler(KeyEvent.KEY_TYPED, keyTyped);
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        skin.motion().stop();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        lastX = e.getX();
        dragging = false;
        samples = 0;
        sample(e.getX());
    }

    private void moved(MouseEvent e) {
        skin.hover(e.getX(), e.getY());
    }

    private void exited(MouseEvent e) {
        skin.endHover();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        double dx = e.getX() - lastX;
        if (!dragging && Math.abs(dx) < 3) {
            return;
        }
        dragging = true;
        skin.endHover();
        lastX = e.getX();
        // Dragging right pulls earlier times into view.
        skin.panBy(-dx);
        sample(e.getX());
        view.setCursor(javafx.scene.Cursor.CLOSED_HAND);
    }

    private void released(MouseEvent e) {
        if (!dragging) {
            return;
        }
        dragging = false;
        view.setCursor(null);
        sample(e.getX());
        double velocity = velocity();
        skin.motion().fling(-velocity, skin.currentScale().msPerPixel());
    }

    private void sample(double x) {
        int k = samples % sampleX.length;
        sampleX[k] = x;
        sampleNanos[k] = System.nanoTime();
        samples++;
    }

    /** Pixels per millisecond over the last few drag samples, or 0 if the pointer stopped before release. */
    private double velocity() {
        if (samples < 2) {
            return 0;
        }
        int last = (samples - 1) % sampleX.length;
        long now = sampleNanos[last];
        int first = last;
        for (int n = 1; n < Math.min(samples, sampleX.length); n++) {
            int k = Math.floorMod(last - n, sampleX.length);
            if ((now - sampleNanos[k]) / 1e6 > VELOCITY_WINDOW_MS) {
                break;
            }
            first = k;
        }
        double ms = (now - sampleNanos[first]) / 1e6;
        return ms < 5 ? 0 : (sampleX[last] - sampleX[first]) / ms;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        if (e.getClickCount() == 2) {
            skin.glideZoomAbout(e.getX(), 2);
        } else if (e.getClickCount() == 1) {
            skin.click(e.getX(), e.getY());
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            skin.zoomAbout(e.getX(), Math.exp(delta * WHEEL_ZOOM_PER_PIXEL));
        } else if (e.isShiftDown()) {
            double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            skin.scrollLanes(-delta);
        } else {
            skin.motion().stop();
            // Trackpads send both axes; a wheel only dy. Either pans time: down/left-swipe moves later.
            double dx = Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) ? e.getDeltaX() : e.getDeltaY();
            skin.panBy(-dx);
        }
        skin.endHover();
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        if (e.getZoomFactor() > 0 && Double.isFinite(e.getZoomFactor())) {
            skin.zoomAbout(e.getX(), e.getZoomFactor());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case ADD, PLUS -> skin.zoomStep(TimelineViewSkin.KEY_ZOOM);
            case SUBTRACT, MINUS -> skin.zoomStep(1 / TimelineViewSkin.KEY_ZOOM);
            case EQUALS -> {
                if (!e.isShiftDown()) {
                    // '=' shares its key with '+' on many layouts; KEY_TYPED handles the shifted '+'.
                    skin.zoomStep(TimelineViewSkin.KEY_ZOOM);
                } else {
                    return;
                }
            }
            case DIGIT0, NUMPAD0 -> skin.fitAll();
            case HOME -> skin.goHome();
            case LEFT -> skin.selectNeighbour(false);
            case RIGHT -> skin.selectNeighbour(true);
            case ENTER -> skin.openSelection();
            case ESCAPE -> skin.endHover();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void keyTyped(KeyEvent e) {
        // '+' typed with Shift on layouts where it has no key code of its own.
        if ("+".equals(e.getCharacter()) && e.isShiftDown()) {
            skin.zoomStep(TimelineViewSkin.KEY_ZOOM);
            e.consume();
        }
    }
}
