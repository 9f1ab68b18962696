import { render } from 'preact';

render(<main>清读</main>, document.getElementById('app')!);
