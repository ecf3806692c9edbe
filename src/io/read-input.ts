/**
 * Everything `analyze` reads, in one call: members, ties (or ties derived from joint projects) and,
 * when present, joint projects. The CLI uses it; library users can too, or call the pieces.
 */
import { ClusterBuilder, type ReadOptions } from '../model/build-graph.js';
import { feedFile, readCluster, resolveTiesPath } from './read-cluster.js';
import { findProjectsBeside, readProjects } from './read-projects.js';
import { applyProjectTies, type ProjectTiesAccount, type ProjectTiesMode } from '../model/project-ties.js';
import type { AnalysisInput } from '../analysis/analyze.js';
import { existsSync } from 'node:fs';
import { InputError } from './errors.js';
import { dirname, join } from 'node:path';

export interface InputPaths {
  members: string;
  /** Ties file; default `ties.csv` beside the members file. */
  ties?: string;
  /** Joint projects (`project,member`); default `projects.csv` beside the members file when it exists. */
  projects?: string;
}

export interface InputOptions extends ReadOptions {
  /**
   * How ties derived from shared projects are used. Default 'auto': only them when there is no ties
   * file, else ignored (the projects then serve the Triple-Helix measures only).
   */
  projectTies?: ProjectTiesMode | 'auto';
}

export interface ReadInput extends AnalysisInput {
  projectTies: ProjectTiesAccount | null;
}

/**
 * Reads the members, the ties and the projects. When no ties file is given and none lies beside the
 * members file, the ties are derived from the projects (if there are any; else the error says how to
 * give a ties file). `--project-ties only` also reads no ties file.
 */
export async function readInput(paths: InputPaths, options: InputOptions = {}): Promise<ReadInput> {
  const projectsPath = paths.projects ?? findProjectsBeside(paths.members);
  const requested = options.projectTies ?? 'auto';
  const tiesBeside = join(dirname(paths.members), 'ties.csv');
  const haveTies = paths.ties !== undefined || existsSync(tiesBeside);
  const mode: ProjectTiesMode = requested === 'auto' ? (!haveTies && projectsPath !== null ? 'only' : 'ignore') : requested;
  let data;
  if (mode === 'only' && projectsPath === null) {
    throw new InputError({
      code: 'no-projects-file',
      problem: `--project-ties only needs a projects file, and there is none at ${join(dirname(paths.members), 'projects.csv')}`,
      fix: 'Give one with --projects FILE.',
    });
  }
  if (mode === 'only') {
    const builder = new ClusterBuilder(options);
    await feedFile(builder, 'members', paths.members);
    data = builder.finish();
  } else {
    data = await readCluster({ members: paths.members, ties: resolveTiesPath(paths.members, paths.ties) }, options);
  }
  if (projectsPath === null) return { ...data, projectTies: null };
  const projects = await readProjects(projectsPath, new Set(data.graph.nodes()));
  const projectTies = applyProjectTies(data.graph, projects.rows, mode, options.levelOrder);
  return {
    ...data,
    warnings: [...data.warnings, ...projects.warnings],
    input: { ...data.input, projects: { file: projectsPath, ...projects.account }, projectTies },
    projects: { file: projectsPath, rows: projects.rows },
    projectTies,
  };
}
