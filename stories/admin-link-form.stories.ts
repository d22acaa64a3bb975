import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/admin/index.js';
import { forbiddenHelper, linkHelper } from './admin-mocks.js';
import { press, shadowOf, showsIn, typeInto } from './play.js';

// The form that makes a session link for a named person, in each of its states; the docs page plays
// each story, so that the form is seen filled in, refused and done.
const meta: Meta = {
  title: 'Back office/yoti-idv-link-form',
  component: 'yoti-idv-link-form',
  render: (_args, { loaded }) =>
    html`<yoti-idv-link-form endpoint=${loaded.endpoint} style="max-width: 32rem"></yoti-idv-link-form>`,
  parameters: { docs: { story: { autoplay: true } } },
};
export default meta;
type Story = StoryObj;

const root = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'yoti-idv-link-form');
const shows = showsIn('yoti-idv-link-form');
const fill = async (
  context: { canvasElement: HTMLElement; viewMode?: string },
  name: string,
  email: string,
) => {
  const form = root(context.canvasElement);
  if (name) await typeInto(context, form.querySelector('input[name="name"]')!, name);
  if (email) await typeInto(context, form.querySelector('input[name="email"]')!, email);
  await press(context, form.querySelector('button[type="submit"]')!);
};

export const Empty: Story = { name: 'Empty', parameters: { msw: linkHelper }, play: shows('Create link') };
/** Submitted without a name and with a malformed email: each field says what it needs. */
export const Invalid: Story = {
  name: 'A name missing, an email malformed',
  parameters: { msw: linkHelper },
  play: async (context) => {
    await shows('Create link')(context);
    await fill(context, '', 'sam@');
    await shows("Enter the person's name.")(context);
    await shows('Enter an email address')(context);
  },
};
/** The link to send, with a button that copies it. */
export const Created: Story = {
  name: 'The link to send',
  parameters: { msw: linkHelper },
  play: async (context) => {
    await shows('Create link')(context);
    await fill(context, 'Sam Person', 'sam@example.com');
    await shows('Link for Sam Person')(context);
    await shows('Copy link')(context);
  },
};
export const Forbidden: Story = {
  name: 'No access',
  parameters: { msw: forbiddenHelper },
  play: async (context) => {
    await shows('Create link')(context);
    await fill(context, 'Sam Person', 'sam@example.com');
    await shows('You do not have access to the back office.')(context);
  },
};
export const French: Story = {
  name: 'In French',
  globals: { locale: 'fr' },
  parameters: { msw: linkHelper },
  play: shows('Créer le lien'),
};

/** Right to left, in the dark colour scheme. */
export const ArabicDark: Story = {
  name: 'In Arabic, dark',
  globals: { locale: 'ar', theme: 'dark' },
  parameters: { msw: linkHelper },
  play: shows('إنشاء رابط'),
};
