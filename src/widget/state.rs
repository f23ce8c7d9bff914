//! The state of one widget: everything the reader changed, in one signal
//! (one signal type keeps the wasm smaller than one per field).

use crate::ui::model::{Filter, Model};
use crate::ui::render::{PanelState, View};
use leptos::prelude::*;
use std::sync::Arc;

/// What the reader has chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct UiState {
    pub view: View,
    pub filter: Filter,
    /// What is opened or switched in the body.
    pub panel: PanelState,
    /// The `data-a` of the control to focus after the body re-renders.
    pub focus: Option<String>,
}

/// The widget's model and state; `Copy`.
#[derive(Clone, Copy)]
pub struct Ui {
    pub model: StoredValue<Arc<Model>>,
    pub state: RwSignal<UiState>,
}

impl Ui {
    pub fn new(model: Arc<Model>) -> Ui {
        let state = UiState {
            view: View::Numbers,
            filter: Filter::default(),
            panel: PanelState::default(),
            focus: None,
        };
        Ui {
            model: StoredValue::new(model),
            state: RwSignal::new(state),
        }
    }

    pub fn m(&self) -> Arc<Model> {
        self.model.get_value()
    }

    /// Change the state.
    pub fn set(&self, f: impl FnOnce(&mut UiState)) {
        self.state.update(f);
    }
}
