import { Route, Routes } from 'react-router-dom';

import { AttributionsPage } from './AttributionsPage';
import { ImportArticlePage } from './ImportArticlePage';

/** The plugin's pages under /admin/plugins/newsroom: the Attributions list and the article import. */
export const App = () => (
  <Routes>
    <Route index element={<AttributionsPage />} />
    <Route path="import" element={<ImportArticlePage />} />
  </Routes>
);

export default App;
