import { Component, type ReactNode } from 'react';

/**
 * Keeps the page up when one of its parts fails to render (a bug in a layer's legend, say): that
 * part says it could not be shown, and the map and the rest stay. Without it React unmounts the
 * whole page, map included.
 */
export class PartBoundary extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    return this.state.failed ? (
      <p className="layer-unsaved" role="status">
        {this.props.message}
      </p>
    ) : (
      this.props.children
    );
  }
}
