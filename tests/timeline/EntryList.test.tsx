import { fixedZones } from '../../src/core/zones';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildChronology, type Chronology } from '../../src/core/chronology';
import { deriveView } from '../../src/core/explore';
import type { Mention, Story } from '../../src/core/types';
import { validateStory } from '../../src/core/validate';
import type { ViewState } from '../../src/core/viewState';
import { setHighlight } from '../../src/data/highlightStore';
import { EntryList } from '../../src/timeline/EntryList';

const SAMPLE_PATH = resolve(process.cwd(), 'tests/fixtures/sample/expected.json');
const sample = buildChronology(validateStory(JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'))).story);
const LONDON = 'Europe/London';

const TITLE_0707 = "'Don't lecture or ignore each other': What is the Munich Security Conference?";
const TITLE_0714 = 'Why this meeting of world leaders matters';
const TITLE_0758 = "Life on the front line: 'If I wake up in the morning, that's already pretty good'";
const TITLE_1025 = 'No contact between US and Russian officials - Kremlin';

/** A mention of `word` in `text`, found by position so the offsets cannot drift. */
function mentionOf(
  placeId: string,
  block: Mention['block'],
  text: string,
  word: string,
  extra: Partial<Mention> = {},
) {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return { placeId, block, start, end: start + word.length, ...extra };
}

const QUOTE = 'We will hold Kyiv';
const MEDIA = 'Watch: scenes in Kyiv';
const CAPTION = 'Smoke over Kyiv';
const ITEM = 'Second item, in Kyiv';
const LINKED = 'Read the full statement online.';

/** A small story with every kind of block, labels, two bylines and an untitled post. */
const rich: Chronology = (() => {
  const { story, problems } = validateStory({
    schemaVersion: 1,
    story: { sourceTimeZone: LONDON },
    places: [
      { id: 'kyiv', name: 'Kyiv', kind: 'city', lat: 50.45, lon: 30.52, source: 'test', entryCount: 1 },
    ],
    entries: [
      {
        id: 'rich',
        title: 'Strike on the capital',
        publishedAt: '2025-02-14T09:00:00Z',
        labels: ['Breaking'],
        byline: [{ name: 'Ana Lee', role: 'Reporter' }, { name: 'Ben Cho' }],
        blocks: [
          { type: 'quote', text: QUOTE, cite: 'The mayor' },
          { type: 'media', caption: MEDIA },
          { type: 'image', alt: '', caption: CAPTION, credit: 'EPA' },
          { type: 'list', items: ['First item', ITEM] },
          { type: 'paragraph', text: LINKED, links: [{ start: 9, end: 23 }] },
        ],
        places: ['kyiv'],
        mentions: [
          mentionOf('kyiv', 0, QUOTE, 'Kyiv'),
          mentionOf('kyiv', 1, MEDIA, 'Kyiv', { field: 'caption' }),
          mentionOf('kyiv', 2, CAPTION, 'Kyiv', { field: 'caption' }),
          mentionOf('kyiv', 3, ITEM, 'Kyiv', { item: 1 }),
        ],
      },
      {
        id: 'untitled',
        title: null,
        publishedAt: '2025-02-14T08:00:00Z',
        labels: ['Analysis'],
        byline: { name: 'Cai Dun', role: 'Ukraine correspondent', location: 'Kyiv' },
        blocks: [{ type: 'paragraph', text: 'A quiet morning.' }],
        places: ['kyiv'],
        mentions: [{ placeId: 'kyiv', block: 'byline', start: 0, end: 4 }],
      },
    ],
  });
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return buildChronology(story);
})();

function renderList(chronology: Chronology = sample, state: ViewState = {}) {
  const onSelectEntry = vi.fn();
  const handlers = { select: vi.fn(), highlight: vi.fn() };
  const user = userEvent.setup();
  const view = deriveView(chronology, state);
  const utils = render(
    <EntryList
      chronology={chronology}
      view={view}
      zones={fixedZones(LONDON)}
      onSelectEntry={onSelectEntry}
      handlers={handlers}
    />,
  );
  return { ...utils, user, onSelectEntry, handlers };
}

const article = (name: string) => screen.getByRole('article', { name });

afterEach(() => setHighlight(null));

describe('EntryList', () => {
  describe('with the sample', () => {
    it('shows every entry as an article, newest first', () => {
      renderList();
      const articles = screen.getAllByRole('article');
      expect(articles).toHaveLength(20);
      expect(articles[0]).toHaveAccessibleName(TITLE_1025);
      expect(articles[19]).toHaveAccessibleName(TITLE_0707);
    });

    it('shows oldest first when the order says so', () => {
      renderList(sample, { order: 'oldest' });
      const articles = screen.getAllByRole('article');
      expect(articles[0]).toHaveAccessibleName(TITLE_0707);
      expect(articles[1]).toHaveAccessibleName(TITLE_0714);
    });

    it('gives each article its title as a heading', () => {
      renderList();
      expect(within(article(TITLE_0714)).getByRole('heading', { name: TITLE_0714 })).toBeInTheDocument();
      expect(screen.getAllByRole('heading')).toHaveLength(20);
    });

    it('shows the time with its zone', () => {
      renderList();
      const time = within(article(TITLE_0714)).getByText('07:14 GMT, 14 February');
      expect(time.tagName).toBe('TIME');
      expect(time).toHaveAttribute('datetime', '2025-02-14T07:14:00Z');
    });

    it('shows the byline', () => {
      renderList();
      const card = within(article(TITLE_0714));
      expect(card.getByText(/Frank Gardner/)).toBeInTheDocument();
      expect(card.getByText('Security correspondent')).toBeInTheDocument();
    });

    it('shows every block', () => {
      renderList();
      const card = within(article(TITLE_0714));
      expect(card.getByText('Image')).toBeInTheDocument();
      expect(card.getByRole('list')).toBeInTheDocument();
      const entry = sample.entries[1];
      const paragraphs = entry?.blocks.filter((b) => b.type === 'paragraph') ?? [];
      expect(paragraphs).toHaveLength(9);
      for (const block of paragraphs)
        if (block.type === 'paragraph')
          expect(
            card.getByText((_, el) => el?.tagName === 'P' && el.textContent === block.text),
          ).toBeInTheDocument();
    });

    it('shows the items of a list block', () => {
      renderList();
      const items = within(within(article('How did we get here?')).getByRole('list')).getAllByRole(
        'listitem',
      );
      expect(items).toHaveLength(5);
      expect(items[4]).toHaveTextContent(/^Zelensky will be in Munich today/);
    });

    it('shows an image’s description and credit', () => {
      renderList();
      const card = within(article('How did we get here?'));
      expect(card.getByText(/makeshift memorial to the fallen Ukrainian servicemen/)).toBeInTheDocument();
      expect(card.getByText('Image source: EPA')).toBeInTheDocument();
    });

    it('shows the entry’s places as buttons named after the place', () => {
      renderList();
      const group = within(article(TITLE_0758)).getByRole('group', { name: 'Places in this post' });
      expect(
        within(group)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual([
        'Kyiv',
        'Munich',
        'Dnipro river',
        'Ukraine',
        'Malokaterynivka',
        'Zaporizhzhia region',
        'United States',
      ]);
    });

    it('chooses the place when its button is pressed', async () => {
      const { user, handlers } = renderList();
      const group = within(article(TITLE_0758)).getByRole('group', { name: 'Places in this post' });
      await user.click(within(group).getByRole('button', { name: 'Kyiv' }));
      expect(handlers.select).toHaveBeenCalledWith('kyiv');
    });

    it('marks place names inside the text as buttons that behave like the place buttons', async () => {
      const { user, handlers } = renderList();
      const card = within(article(TITLE_0758));
      // Twice in the text, once among the place buttons.
      const named = card.getAllByRole('button', { name: 'Malokaterynivka' });
      expect(named).toHaveLength(3);
      const inText = named.find((b) => b.closest('p'));
      expect(inText?.closest('p')).toHaveTextContent(/^Malokaterynivka sits just 15km/);
      await user.click(inText as HTMLElement);
      expect(handlers.select).toHaveBeenCalledWith('malokaterynivka');
    });

    it('lights up a place while its button is hovered or focused', async () => {
      const { user, handlers } = renderList();
      const group = within(article(TITLE_0758)).getByRole('group', { name: 'Places in this post' });
      const kyiv = within(group).getByRole('button', { name: 'Kyiv' });
      await user.hover(kyiv);
      expect(handlers.highlight).toHaveBeenLastCalledWith('kyiv');
      await user.unhover(kyiv);
      expect(handlers.highlight).toHaveBeenLastCalledWith(null);
      kyiv.focus();
      expect(handlers.highlight).toHaveBeenLastCalledWith('kyiv');
    });

    it('marks the current entry with aria-current="true", and only it', () => {
      renderList(sample, { entry: '20250214-0714-0tf2wx' });
      expect(article(TITLE_0714)).toHaveAttribute('aria-current', 'true');
      expect(screen.getAllByRole('article').filter((a) => a.hasAttribute('aria-current'))).toHaveLength(1);
    });

    it('makes the latest entry current when the state says nothing', () => {
      renderList();
      expect(article(TITLE_1025)).toHaveAttribute('aria-current', 'true');
      expect(article(TITLE_0714)).not.toHaveAttribute('aria-current');
    });

    it('chooses an entry with its time button', async () => {
      const { user, onSelectEntry } = renderList();
      await user.click(
        within(article(TITLE_0714)).getByRole('button', { name: 'Go to 07:14 GMT, 14 February' }),
      );
      expect(onSelectEntry).toHaveBeenCalledWith('20250214-0714-0tf2wx');
    });

    it('shows only the entries of the place filter', () => {
      renderList(sample, { place: 'kyiv' });
      expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-entry-id'))).toEqual([
        '20250214-0905-0dbvb7',
        '20250214-0758-124nfu',
      ]);
    });

    it('says so when nothing matches the search and place', () => {
      renderList(sample, { q: 'zebra', place: 'kyiv' });
      expect(screen.queryByRole('article')).not.toBeInTheDocument();
      expect(screen.getByText('No posts match “zebra” in Kyiv.')).toBeInTheDocument();
    });

    it('does not speak of matching when the story has no posts and nothing is filtered', () => {
      renderList(buildChronology({ schemaVersion: 1, story: {}, entries: [], places: [] }));
      expect(screen.getByText('This story has no posts to show.')).toBeInTheDocument();
      expect(screen.queryByText(/match/)).not.toBeInTheDocument();
    });

    it('marks place names in the title', () => {
      renderList();
      const heading = within(article(TITLE_0707)).getByRole('heading');
      expect(within(heading).getByRole('button', { name: 'Munich' })).toBeInTheDocument();
    });
  });

  describe('with every kind of block', () => {
    it('shows the labels', () => {
      renderList(rich);
      expect(within(article('Strike on the capital')).getByText('Breaking')).toBeInTheDocument();
      expect(within(article('Untitled post')).getByText('Analysis')).toBeInTheDocument();
    });

    it('names an untitled post', () => {
      renderList(rich);
      expect(screen.getByRole('heading', { name: 'Untitled post' })).toBeInTheDocument();
    });

    it('joins several people in the byline', () => {
      renderList(rich);
      expect(within(article('Strike on the capital')).getByText(/Ana Lee and Ben Cho/)).toBeInTheDocument();
    });

    it('shows a quote with its source', () => {
      renderList(rich);
      const card = article('Strike on the capital');
      const quote = card.querySelector('blockquote');
      expect(quote).toHaveTextContent('We will hold Kyiv');
      expect(within(card).getByText('The mayor')).toBeInTheDocument();
    });

    it('shows a video with its caption', () => {
      renderList(rich);
      const card = within(article('Strike on the capital'));
      expect(card.getByText('Video')).toBeInTheDocument();
      expect(card.getByText(/Watch: scenes in/)).toBeInTheDocument();
    });

    it('says when an image has no description, and shows its caption and credit', () => {
      renderList(rich);
      const card = within(article('Strike on the capital'));
      expect(card.getByText('No description')).toBeInTheDocument();
      expect(card.getByText(/Smoke over/)).toBeInTheDocument();
      expect(card.getByText('Image source: EPA')).toBeInTheDocument();
    });

    it('marks place names in quotes, captions and list items', async () => {
      const { user, handlers } = renderList(rich);
      const card = article('Strike on the capital');
      const marks = within(card).getAllByRole('button', { name: 'Kyiv' });
      // Quote, video caption, image caption, list item, and the place button.
      expect(marks).toHaveLength(5);
      expect(card.querySelector('blockquote')).toContainElement(marks[0] as HTMLElement);
      const items = within(card).getAllByRole('listitem');
      expect(within(items[1] as HTMLElement).getByRole('button', { name: 'Kyiv' })).toBeInTheDocument();
      expect(within(items[0] as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
      await user.click(marks[2] as HTMLElement);
      expect(handlers.select).toHaveBeenCalledWith('kyiv');
    });

    it('shows a link from the original page as text, not as a link', () => {
      renderList(rich);
      const card = within(article('Strike on the capital'));
      expect(card.getByText('full statement')).toHaveAttribute('title', 'A link on the original page');
      expect(card.queryByRole('link')).not.toBeInTheDocument();
    });

    it('shows where the reporter is', () => {
      renderList(rich);
      const byline = within(article('Untitled post')).getByText(/Cai Dun/);
      expect(byline).toHaveTextContent(/Kyiv/);
    });
  });

  it('still shows an entry whose time cannot be read (validation rejects it; the list does not crash)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const story = validateStory({ schemaVersion: 1, story: {}, places: [], entries: [] }).story;
    const raw = {
      schemaVersion: 1,
      story: {},
      places: [],
      entries: [
        {
          id: 'odd-offset',
          title: 'An odd offset',
          publishedAt: '2025-02-14T10:25:00+01',
          labels: [],
          byline: null,
          blocks: [],
          places: [],
          mentions: [],
        },
      ],
    };
    renderList(buildChronology({ ...story, entries: raw.entries as Story['entries'] }));
    expect(screen.getByRole('article', { name: 'An odd offset' })).toBeInTheDocument();
  });
});

describe('a very long post', () => {
  /** One post of 500 blocks: a paragraph with 1,500 place names, a list of 1,500 items, and more. */
  const long: Chronology = (() => {
    const names = 'Kyiv '.repeat(1_500);
    const { story, problems } = validateStory({
      schemaVersion: 1,
      story: {},
      places: [
        { id: 'kyiv', name: 'Kyiv', kind: 'city', lat: 50.45, lon: 30.52, source: 'test', entryCount: 1 },
      ],
      entries: [
        {
          id: 'long',
          title: 'A very long post',
          publishedAt: '2025-02-14T09:00:00Z',
          labels: [],
          byline: null,
          blocks: [
            { type: 'paragraph', text: names },
            { type: 'list', items: Array.from({ length: 1_500 }, (_, i) => `Item ${i + 1}`) },
            ...Array.from({ length: 498 }, (_, i) => ({ type: 'paragraph', text: `Paragraph ${i + 3}` })),
          ],
          places: ['kyiv'],
          mentions: Array.from({ length: 1_500 }, (_, i) => ({
            placeId: 'kyiv',
            block: 0,
            start: i * 5,
            end: i * 5 + 4,
          })),
        },
      ],
    });
    expect(problems).toEqual([]);
    return buildChronology(story);
  })();

  it('draws its first part at once and the rest frame by frame, until every block, item and name is there', async () => {
    renderList(long);
    const post = screen.getByRole('article', { name: 'A very long post' });
    const body = post.querySelector('.entry-body') as HTMLElement;
    const count = (selector: string) => body.querySelectorAll(selector).length;
    // At first only a part: the page is not held while thousands of elements are made.
    expect(body.children.length).toBeLessThan(100);
    expect(count('li')).toBeLessThan(500);
    expect(count('.place-mention')).toBeLessThan(500);
    // Then all of it, in order.
    await waitFor(() => expect(body.children).toHaveLength(500), { timeout: 10_000 });
    await waitFor(() => expect(count('li')).toBe(1_500), { timeout: 10_000 });
    await waitFor(() => expect(count('.place-mention')).toBe(1_500), { timeout: 10_000 });
    expect(body.querySelector('.place-mention')).toHaveTextContent('Kyiv');
    expect(body.lastElementChild).toHaveTextContent('Paragraph 500');
    expect(body.querySelector('li:last-child')).toHaveTextContent('Item 1500');
  }, 30_000);
});
