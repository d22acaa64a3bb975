import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import '../src/admin/index.js';
import { forbiddenHelper, linkHelper } from './admin-mocks.js';
import { shadowOf, showsIn } from './play.js';

interface Args {
  locale?: string;
}

const meta: Meta<Args> = {
  title: 'Back office/yoti-idv-link-form',
  component: 'yoti-idv-link-form',
  argTypes: { locale: { control: 'inline-radio', options: [undefined, 'en', 'fr'] } },
  render: ({ locale }) =>
    html`<yoti-idv-link-form locale=${locale ?? ''} style="max-width: 32rem"></yoti-idv-link-form>`,
};
export default meta;
type Story = StoryObj<Args>;

const root = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'yoti-idv-link-form');
const shows = showsIn('yoti-idv-link-form');
const fill = async (canvasElement: HTMLElement, name: string, email: string) => {
  const form = root(canvasElement);
  if (name) await userEvent.type(form.querySelector('input[name="name"]')!, name);
  if (email) await userEvent.type(form.querySelector('input[name="email"]')!, email);
  await userEvent.click(form.querySelector('button[type="submit"]')!);
};

export const Empty: Story = { parameters: { msw: linkHelper }, play: shows('Create link') };
/** Submitted without a name and with a malformed email: each field says what it needs. */
export const Invalid: Story = {
  parameters: { msw: linkHelper },
  play: async (context) => {
    await shows('Create link')(context);
    await fill(context.canvasElement, '', 'sam@');
    await shows("Enter the person's name.")(context);
    await shows('Enter an email address')(context);
  },
};
/** The link to send, with a button that copies it. */
export const Created: Story = {
  parameters: { msw: linkHelper },
  play: async (context) => {
    await shows('Create link')(context);
    await fill(context.canvasElement, 'Sam Person', 'sam@example.com');
    await shows('Link for Sam Person')(context);
    await shows('Copy link')(context);
  },
};
export const Forbidden: Story = {
  parameters: { msw: forbiddenHelper },
  play: async (context) => {
    await shows('Create link')(context);
    await fill(context.canvasElement, 'Sam Person', 'sam@example.com');
    await shows('You do not have access to the back office.')(context);
  },
};
export const French: Story = {
  args: { locale: 'fr' },
  parameters: { msw: linkHelper },
  play: shows('Créer le lien'),
};
