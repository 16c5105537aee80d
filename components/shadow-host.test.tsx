// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mountInShadow, shadowRootOf } from './shadow-host';

/** A page with one mount holding a button, a checkbox and a select, each with its handler. */
function mounted(accept?: (event: Event) => boolean) {
  const onClick = vi.fn();
  const onChange = vi.fn();
  const onKey = vi.fn();
  const mount = mountInShadow(document, (host) => document.body.append(host), '', 'vacancy-companion-test', accept);
  mount.update(
    <div>
      <button type="button" onClick={onClick} onKeyDown={onKey}>Track</button>
      <input type="checkbox" onChange={onChange} />
      <select onChange={onChange}><option value="">any</option><option value="G15">G15</option></select>
    </div>,
  );
  const root = shadowRootOf(mount.host)!;
  return { mount, root, onClick, onChange, onKey };
}

describe('the in-page mount', () => {
  it('is closed to the page: the host shows no root, and page-wide queries find none of its controls', () => {
    const { mount, root } = mounted();
    expect(mount.host.shadowRoot).toBeNull();
    expect(document.querySelectorAll('button, input, select')).toHaveLength(0);
    expect(root.querySelectorAll('button, input, select')).toHaveLength(3);
    mount.remove();
  });

  it('a script\'s synthetic click, key or change reaches no control, and a ticked checkbox is put back', () => {
    // happy-dom, like a page script, makes only untrusted events: the browser's test refuses them all.
    const { mount, root, onClick, onChange, onKey } = mounted();
    root.querySelector('button')!.click();
    root.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    root.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const box = root.querySelector('input')!;
    box.click();
    const select = root.querySelector('select')!;
    select.value = 'G15';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onClick).not.toHaveBeenCalled();
    expect(onKey).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    expect(box.checked).toBe(false);
    mount.remove();
  });

  it('the user\'s own events act (here the test says which are the user\'s)', () => {
    const { mount, root, onClick, onChange } = mounted(() => true);
    root.querySelector('button')!.click();
    root.querySelector('input')!.click();
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    mount.remove();
  });
});
