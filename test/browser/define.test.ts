import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { define } from '../../src/core/define.js';

function versioned(version: string) {
  return class extends HTMLElement {
    static readonly version = version;
  };
}

describe('define()', () => {
  afterEach(() => sinon.restore());

  it('registers a tag that is not defined yet', () => {
    const Element = versioned('1.0.0');
    define('test-define-fresh', Element);
    expect(customElements.get('test-define-fresh')).to.equal(Element);
    expect(document.createElement('test-define-fresh')).to.be.instanceOf(Element);
  });

  it('is harmless when the same class is registered twice (the script loaded twice)', () => {
    const warn = sinon.stub(console, 'warn');
    const Element = versioned('1.0.0');
    define('test-define-twice', Element);
    expect(() => define('test-define-twice', Element)).not.to.throw();
    expect(() => define('test-define-twice', versioned('1.0.0'))).not.to.throw();
    expect(customElements.get('test-define-twice')).to.equal(Element);
    expect(warn.called).to.equal(false);
  });

  it('keeps the first definition and warns when another version comes second', () => {
    const warn = sinon.stub(console, 'warn');
    const first = versioned('1.0.0');
    define('test-define-mismatch', first);
    define('test-define-mismatch', versioned('2.0.0'));
    expect(customElements.get('test-define-mismatch')).to.equal(first);
    expect(warn.calledOnce).to.equal(true);
    expect(String(warn.firstCall.args[0])).to.contain(
      '<test-define-mismatch> is already defined by version 1.0.0',
    );
    expect(String(warn.firstCall.args[0])).to.contain('2.0.0');
  });
});
