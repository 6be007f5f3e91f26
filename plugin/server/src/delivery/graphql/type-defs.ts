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

export const typeDefs = /* GraphQL */ `
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
    "Published stories, newest first. Drafts are never returned."
    publishedStories(page: Int = 1, pageSize: Int = 10): PublishedStoryPage!
    "One published story by slug, or null."
    publishedStory(slug: String!): PublishedStory
  }
`;
