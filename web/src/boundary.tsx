import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';

interface Props {
  message: string;
  children: ReactNode;
}

class Boundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p role="alert">{this.props.message}</p> : this.props.children;
  }
}

/**
 * A screen that fails to render (a chunk that did not load after a deployment, a bug) says so in
 * the person's language instead of leaving a blank page; the navigation stays, and moving to
 * another screen starts afresh.
 */
export function ScreenBoundary({ message, children }: Props) {
  const { pathname } = useLocation();
  return (
    <Boundary key={pathname} message={message}>
      {children}
    </Boundary>
  );
}
