/**
 * The published-story shape over GraphQL: the same fields as REST (shared/contracts/story.ts).
 * Enumerated values are strings because several contain a hyphen, which GraphQL enums forbid.
 */
/** The object types below: plain data, resolved by GraphQL's default resolver. */
export const PUBLISHED_TYPES = new Set([
  'PublishedSourceSummary',
  'PublishedSource',
  'PublishedQuote',
  'PublishedStatisticRef',
  'PublishedStatistic',
  'PublishedImage',
  'PublishedPhotoCaption',
  'PublishedStory',
  'PublishedStoryPagination',
  'PublishedStoryPage',
]);

/** Input types of `publishedStories`, in the operator shape of Strapi's generated queries. */
const storyListInputs = /* GraphQL */ `
  input PublishedStringFilterInput {
    eq: String
  }

  input PublishedIdFilterInput {
    eq: ID
  }

  "ISO 8601 dates or date-times, both ends included"
  input PublishedDateTimeFilterInput {
    gte: String
    lte: String
  }

  input PublishedStoryFiltersInput {
    section: PublishedStringFilterInput
    "A story whose tags hold this tag exactly"
    tag: PublishedStringFilterInput
    "A source's documentId: stories that quote it, cite it for a figure or list it"
    source: PublishedIdFilterInput
    publishedAt: PublishedDateTimeFilterInput
  }

  input PublishedPaginationArg {
    page: Int
    "At most 100"
    pageSize: Int
  }
`;

export const typeDefs = /* GraphQL */ `
  ${storyListInputs}

  type PublishedSourceSummary {
    documentId: ID!
    name: String!
    kind: String!
    title: String
  }

  type PublishedSource {
    documentId: ID!
    name: String!
    "person, organization, anonymous or document"
    kind: String!
    title: String
    description: String
    affiliation: PublishedSourceSummary
  }

  type PublishedQuote {
    documentId: ID!
    "The exact words inside the quotation marks."
    text: String!
    "spoken, statement, written, interview, social-media or unknown"
    delivery: String!
    deliveryNote: String
    isPartial: Boolean!
    speaker: PublishedSource
  }

  type PublishedStatisticRef {
    documentId: ID!
    value: Float!
    valueText: String!
  }

  type PublishedStatistic {
    documentId: ID!
    value: Float!
    valueText: String!
    unit: String
    measures: String!
    period: String
    "exact, more-than, less-than or about"
    qualifier: String!
    source: PublishedSource
    "percent-increase, percent-decrease, percent-share or difference"
    derivation: String
    baseline: PublishedStatisticRef
    comparison: PublishedStatisticRef
  }

  type PublishedImage {
    url: String!
    width: Int
    height: Int
    mime: String
  }

  type PublishedPhotoCaption {
    documentId: ID!
    title: String
    caption: String!
    creditLine: String
    creator: String
    agency: String
    copyrightNotice: String
    altText: String
    peopleShown: [String!]!
    image: PublishedImage
  }

  type PublishedStory {
    documentId: ID!
    slug: String!
    headline: String!
    standfirst: String
    "Strapi blocks"
    body: JSON!
    byline: String
    dateline: String
    section: String
    tags: [String!]!
    publishedAt: String
    updatedAt: String
    quotes: [PublishedQuote!]!
    statistics: [PublishedStatistic!]!
    photoCaptions: [PublishedPhotoCaption!]!
    sources: [PublishedSource!]!
  }

  type PublishedStoryPagination {
    page: Int!
    pageSize: Int!
    pageCount: Int!
    total: Int!
  }

  type PublishedStoryPage {
    data: [PublishedStory!]!
    pagination: PublishedStoryPagination!
  }

  extend type Query {
    "Published stories, newest first unless sorted otherwise. Drafts are never returned."
    publishedStories(
      filters: PublishedStoryFiltersInput
      "One of publishedAt:desc (default), publishedAt:asc, headline:asc, headline:desc"
      sort: [String!]
      pagination: PublishedPaginationArg
      page: Int @deprecated(reason: "Use pagination: { page }")
      pageSize: Int @deprecated(reason: "Use pagination: { pageSize }")
    ): PublishedStoryPage!
    "One published story by slug, or null."
    publishedStory(slug: String!): PublishedStory
  }
`;
